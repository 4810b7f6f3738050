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
package io.github.cameliletimerkezi.examples;

import org.apache.camel.builder.RouteBuilder;

/**
 * Sends one text and follows its delivery reports: the Java DSL version of the example (the YAML and XML versions in
 * {@code src/main/resources/routes} do the same). Credentials never appear here: they come from the component's
 * properties or the IM_* environment variables.
 */
public class SendAndFollowRoutes extends RouteBuilder {

    @Override
    public void configure() {
        from("timer:send?repeatCount=1&delay={{send.delay:1000}}").routeId("send")
                .setBody(simple("{{message.text}}"))
                .setHeader("CamelIletiMerkeziRecipients", constant("{{message.recipients}}"))
                .to("iletimerkezi:send")
                .log("Sent order ${header.CamelIletiMerkeziOrderId}");

        from("iletimerkezi:report?delay={{report.delay:10s}}").routeId("follow")
                .choice()
                    .when(header("CamelIletiMerkeziUpdateType").isEqualTo("recipient"))
                        .log("Order ${body.orderId}: ${body.number} ${body.statusCode} ${body.meaning}")
                    .otherwise()
                        .log("Order ${body.orderId} is final: ${body.meaning}, ${body.delivered} of ${body.total} delivered")
                .end()
                .to("{{updates.uri:log:updates}}");
    }
}
