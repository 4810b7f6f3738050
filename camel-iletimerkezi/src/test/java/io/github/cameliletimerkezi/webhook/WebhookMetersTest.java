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
package io.github.cameliletimerkezi.webhook;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The webhook's meters on a real HTTP server: pushes counted by the status answered, final statuses emitted counted by
 * status, and a push whose route failed waiting until the provider's retry is emitted.
 */
class WebhookMetersTest extends WebhookTestSupport {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private volatile boolean routeFails;

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.getRegistry().bind("meterRegistry", registry);
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from(WEBHOOK + "&streamName=delivery").process(exchange -> {
                    if (routeFails) {
                        throw new IllegalStateException("route failure injected by the test");
                    }
                }).to("mock:updates");
            }
        };
    }

    @Test
    void pushesByAnswerAndUpdatesByStatus() throws Exception {
        assertThat(push(PATH, report("428", "delivered", "+905301234567"))).isEqualTo(200);
        assertThat(push(PATH, report("428", "delivered", "+905301234567"))).as("the provider's repeat").isEqualTo(200);
        assertThat(push(PATH, report("428", "undelivered", "+905301234568"))).isEqualTo(200);
        assertThat(push(PATH, report("428", "accepted", "+905301234569"))).as("not final").isEqualTo(200);
        assertThat(push(PATH, "{\"report\":")).isEqualTo(400);
        assertThat(push("/iletimerkezi/wrong-secret", report("428", "delivered", "+905301234567"))).isEqualTo(404);
        routeFails = true;
        assertThat(push(PATH, report("429", "delivered", "+905301234570"))).isEqualTo(500);
        assertThat(waiting()).isEqualTo(1);
        routeFails = false;
        assertThat(push(PATH, report("429", "delivered", "+905301234570"))).as("the provider's retry").isEqualTo(200);

        assertThat(pushes("200")).isEqualTo(5);
        assertThat(pushes("400")).isEqualTo(1);
        assertThat(pushes("404")).isEqualTo(1);
        assertThat(pushes("500")).isEqualTo(1);
        assertThat(updates("delivered")).isEqualTo(2);
        assertThat(updates("undelivered")).isEqualTo(1);
        assertThat(waiting()).isZero();
        assertThat(registry.find("iletimerkezi.stream.followed.orders").gauge()).as("a webhook follows no order").isNull();
    }

    private double pushes(String answer) {
        return registry.get("iletimerkezi.webhook.pushes").tag("stream", "delivery").tag("answer", answer).counter().count();
    }

    private double updates(String status) {
        return registry.get("iletimerkezi.delivery.updates").tag("stream", "delivery").tag("type", "recipient")
                .tag("status", status).counter().count();
    }

    private double waiting() {
        return registry.get("iletimerkezi.stream.updates.waiting").tag("stream", "delivery").gauge().value();
    }
}
