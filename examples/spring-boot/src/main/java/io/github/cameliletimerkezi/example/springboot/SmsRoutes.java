/*
 * Copyright 2026 the camel-iletimerkezi authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.github.cameliletimerkezi.example.springboot;

import io.github.cameliletimerkezi.IletiMerkeziConstants;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * One route sends the text in the body to the recipients in the {@code CamelIletiMerkeziRecipients} header, one sends
 * a first SMS at start to the numbers of {@code sms.try-to} when that property is given, one receives the delivery
 * reports the provider pushes to {@code sms.webhook-path} on the application's web server, and one follows every order
 * sent through the component, the safety net for a push that never came. The component emits each recipient's status
 * once, from whichever of the two sees it first.
 */
@Component
public class SmsRoutes extends RouteBuilder {

    private final DeliveryOutcomes outcomes;

    public SmsRoutes(DeliveryOutcomes outcomes) {
        this.outcomes = outcomes;
    }

    @Override
    public void configure() {
        from("direct:notify").routeId("notify")
                .to("iletimerkezi:send")
                .log("Order ${header." + IletiMerkeziConstants.ORDER_ID + "} accepted");

        // A first try from the command line (--sms.try-to=5301234567): one SMS at start, followed like any other.
        // Unset, the route sends nothing. The time of day keeps a second try within 10 minutes from being a duplicate.
        from("timer:try-sms?repeatCount=1").routeId("try-sms")
                .filter(constant("{{sms.try-to:}}").isNotEqualTo(""))
                .setBody(simple("Merhaba from Spring Boot at ${date:now:HH:mm:ss}"))
                .setHeader(IletiMerkeziConstants.RECIPIENTS, constant("{{sms.try-to:}}"))
                .to("direct:notify");

        from("iletimerkezi:webhook?path={{sms.webhook-path}}&streamName=deliveries").routeId("delivery-pushes")
                .log("Order ${header." + IletiMerkeziConstants.ORDER_ID + "}: pushed ${body}")
                .bean(outcomes, "record");

        from("iletimerkezi:report?streamName=deliveries&delay={{sms.report-delay:30s}}").routeId("delivery-reports")
                .log("Order ${header." + IletiMerkeziConstants.ORDER_ID + "}: ${header." + IletiMerkeziConstants.UPDATE_TYPE
                     + "} update ${body}")
                .bean(outcomes, "record");
    }
}
