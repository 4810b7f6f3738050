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
package io.github.cameliletimerkezi.examples.webhook;

import org.apache.camel.builder.RouteBuilder;

/**
 * Logs each final delivery update the provider pushes: delivered (111) or undelivered (112); the accepted push (110)
 * before it is answered and not emitted. The secret the address ends with is read by the component from
 * IM_WEBHOOK_SECRET, so the path property holds only the part before it.
 */
public class WebhookRoutes extends RouteBuilder {

    @Override
    public void configure() {
        from("iletimerkezi:webhook?path={{im.webhook.path}}").routeId("webhook")
                .log("Order ${header.CamelIletiMerkeziOrderId}: ${body.number} ${body.statusCode} ${body.meaning}")
                .to("{{updates.uri:log:updates}}");
    }
}
