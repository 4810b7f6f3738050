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

import io.github.cameliletimerkezi.model.DeliveryUpdate;
import io.github.cameliletimerkezi.model.OrderUpdate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A webhook route and a report route of one stream (streamName) for the same order: each recipient's final status is
 * emitted once, by whichever sees it first, though the report writes numbers as 5xxxxxxxxx and the push as
 * +905xxxxxxxxx.
 */
class WebhookAndReportConsumerTest extends WebhookTestSupport {

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                // two routes, one stream: the stream name, not the route ids, makes them share the updates' identity
                from(WEBHOOK + "&streamName=delivery").to("mock:updates");
                from("iletimerkezi:report?streamName=delivery&orderId=428&delay=50&initialDelay=0").routeId("report").autoStartup(false)
                        .to("mock:updates");
            }
        };
    }

    @Test
    void eachRecipientsFinalStatusIsEmittedExactlyOnce() throws Exception {
        wireMock.stubFor(post("/get-report").willReturn(xmlAnswer(200, "<response><status><code>200</code>"
                + "<message>İşlem başarılı</message></status><order><id>428</id><status>114</status><total>2</total>"
                + "<delivered>1</delivered><undelivered>1</undelivered><waiting>0</waiting>"
                + "<message><number>5301234567</number><status>111</status></message>"
                + "<message><number>5301234568</number><status>112</status></message></order></response>")));
        MockEndpoint updates = getMockEndpoint("mock:updates");
        updates.expectedMessageCount(3);

        // the push reaches first for one recipient, the poll first for the other
        assertThat(push(PATH, report("428", "delivered", "+905301234567"))).isEqualTo(200);
        context.getRouteController().startRoute("report");
        updates.assertIsSatisfied();
        assertThat(push(PATH, report("428", "undelivered", "+905301234568"))).isEqualTo(200);
        assertThat(push(PATH, report("428", "delivered", "+905301234567"))).isEqualTo(200);

        List<Object> bodies = updates.getReceivedExchanges().stream().map(e -> e.getMessage().getBody()).toList();
        assertThat(bodies).hasSize(3);
        assertThat(bodies).filteredOn(DeliveryUpdate.class::isInstance).map(b -> (DeliveryUpdate) b)
                .extracting(u -> u.number() + "=" + u.statusCode())
                .containsExactly("+905301234567=111", "5301234568=112");
        assertThat(bodies).filteredOn(OrderUpdate.class::isInstance).hasSize(1);
    }
}
