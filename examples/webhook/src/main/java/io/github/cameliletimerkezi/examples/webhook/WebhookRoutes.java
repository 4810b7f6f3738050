package io.github.cameliletimerkezi.examples.webhook;

import org.apache.camel.builder.RouteBuilder;

/**
 * Logs each delivery update the provider pushes: accepted (110), then delivered (111) or undelivered (112). The path
 * holds the webhook's secret, so it comes from a property whose value is an environment placeholder.
 */
public class WebhookRoutes extends RouteBuilder {

    @Override
    public void configure() {
        from("iletimerkezi:webhook?path={{im.webhook.path}}").routeId("webhook")
                .log("Order ${header.CamelIletiMerkeziOrderId}: ${body.number} ${body.statusCode} ${body.meaning}")
                .to("{{updates.uri:log:updates}}");
    }
}
