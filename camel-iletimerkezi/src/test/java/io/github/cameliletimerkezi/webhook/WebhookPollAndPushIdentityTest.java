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

import java.util.List;
import java.util.Map;

import io.github.cameliletimerkezi.IletiMerkeziComponent;
import io.github.cameliletimerkezi.model.DeliveryUpdate;
import io.github.cameliletimerkezi.IletiMerkeziReportConsumer;
import org.apache.camel.BindToRegistry;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 19 points 2 and 3: an update's identity is the same by push and by poll, and it is kept in the configured
 * repository, not in a per-JVM record. Order 428 sends two texts to one number; both are delivered. Before the change
 * the poll and the push shared the key order/number/status, so one of the two messages was never emitted (point 2),
 * and the record of what the webhook emitted lived in the component's memory, so another instance or a restarted one
 * emitted it again (point 3).
 */
class WebhookPollAndPushIdentityTest extends WebhookTestSupport {

    private static final String NUMBER = "+905301234567";

    @BindToRegistry("updatesRepository")
    private final IdempotentRepository shared = MemoryIdempotentRepository.memoryIdempotentRepository();

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from(WEBHOOK + "&streamName=delivery&idempotentRepository=#updatesRepository")
                        .routeId("pushes").to("mock:updates");
                from("iletimerkezi:report?streamName=delivery&idempotentRepository=#updatesRepository&orderId=428"
                     + "&useOrderList=false&startScheduler=false").routeId("polls").to("mock:updates");
            }
        };
    }

    private static String pushed(String id, String status) {
        return "{\"report\":{\"id\":" + id + ",\"packet_id\":428,\"status\":\"" + status + "\",\"to\":\"" + NUMBER
               + "\",\"body\":\"Kargonuz yolda\"}}";
    }

    private static void twoMessagesToOneNumberDelivered() {
        wireMock.stubFor(post("/get-report").willReturn(xmlAnswer(200, "<response><status><code>200</code>"
                + "<message>İşlem başarılı</message></status><order><id>428</id><status>114</status><total>2</total>"
                + "<delivered>2</delivered><undelivered>0</undelivered><waiting>0</waiting>"
                + "<message><number>5301234567</number><status>111</status></message>"
                + "<message><number>5301234567</number><status>111</status></message></order></response>")));
    }

    private List<DeliveryUpdate> recipientUpdates() {
        return getMockEndpoint("mock:updates").getReceivedExchanges().stream().map(e -> e.getMessage().getBody())
                .filter(DeliveryUpdate.class::isInstance).map(DeliveryUpdate.class::cast).toList();
    }

    @Test
    void pushThenPollGivesEachOfTwoMessagesToOneNumberOnce() throws Exception {
        twoMessagesToOneNumberDelivered();

        assertThat(push(PATH, pushed("1001", "delivered"))).isEqualTo(200);
        poll();
        assertThat(push(PATH, pushed("1002", "delivered"))).isEqualTo(200);
        assertThat(push(PATH, pushed("1001", "delivered"))).as("a repeated push").isEqualTo(200);
        poll();

        assertThat(recipientUpdates()).as("two messages, two updates").hasSize(2);
    }

    @Test
    void twoPushesThenPollGiveTwoUpdatesAndThePollNoMore() throws Exception {
        twoMessagesToOneNumberDelivered();

        assertThat(push(PATH, pushed("1001", "delivered"))).isEqualTo(200);
        assertThat(push(PATH, pushed("1002", "delivered"))).isEqualTo(200);
        assertThat(recipientUpdates()).as("the second push is a message of its own").hasSize(2);
        poll();

        assertThat(recipientUpdates()).hasSize(2);
        assertThat(getMockEndpoint("mock:updates").getReceivedCounter()).as("and the order's update").isEqualTo(3);
    }

    @Test
    void anotherInstanceSharingTheRepositoryDoesNotEmitWhatThisOneEmitted() throws Exception {
        twoMessagesToOneNumberDelivered();
        assertThat(push(PATH, pushed("1001", "delivered"))).isEqualTo(200);
        assertThat(push(PATH, pushed("1002", "delivered"))).isEqualTo(200);
        context.getRouteController().stopRoute("polls");

        // a second instance (or this one restarted): its own component, the same repository
        CamelContext other = new DefaultCamelContext();
        try {
            IletiMerkeziComponent component = new IletiMerkeziComponent();
            component.setEnvironment(Map.of("IM_ENDPOINT", wireMock.baseUrl(), "IM_USERNAME", USERNAME, "IM_PASSWORD",
                    PASSWORD)::get);
            other.addComponent("iletimerkezi", component);
            other.getRegistry().bind("updatesRepository", shared);
            other.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("iletimerkezi:report?streamName=delivery&idempotentRepository=#updatesRepository&orderId=428"
                         + "&useOrderList=false&startScheduler=false").routeId("replica").to("mock:replica");
                }
            });
            other.start();
            ((IletiMerkeziReportConsumer) other.getRoute("replica").getConsumer()).run();

            MockEndpoint replica = other.getEndpoint("mock:replica", MockEndpoint.class);
            assertThat(replica.getReceivedExchanges()).extracting(e -> e.getMessage().getBody().getClass().getSimpleName())
                    .as("only the order's update: both messages were emitted by the webhook").containsExactly("OrderUpdate");
        } finally {
            other.stop();
        }
        assertThat(recipientUpdates()).hasSize(2);
    }

    private void poll() {
        ((IletiMerkeziReportConsumer) context.getRoute("polls").getConsumer()).run();
    }
}
