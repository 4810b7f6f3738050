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
