package io.github.cameliletimerkezi.quarkus;

import org.apache.camel.builder.RouteBuilder;

/**
 * Sends the body of {@code direct:notify} as an SMS to the numbers in the {@code CamelIletiMerkeziRecipients} header.
 * Credentials, sender and address come from {@code camel.component.iletimerkezi.*} in application.properties.
 */
public class NotificationRoutes extends RouteBuilder {

    @Override
    public void configure() {
        from("direct:notify").routeId("notify")
                .to("iletimerkezi:send")
                .log("order ${header.CamelIletiMerkeziOrderId} accepted");
    }
}
