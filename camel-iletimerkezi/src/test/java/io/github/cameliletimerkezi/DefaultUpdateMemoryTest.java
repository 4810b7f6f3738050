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
package io.github.cameliletimerkezi;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The default in-memory record of emitted updates holds the orders in flight only: a finished order's entries go with
 * it, so memory follows the orders being delivered, not the history, and orders never evict each other.
 */
class DefaultUpdateMemoryTest extends IletiMerkeziTestSupport {

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("iletimerkezi:report?orderId=801,802&startScheduler=false").routeId("reports").to("mock:updates");
            }
        };
    }

    @Test
    void aFinishedOrderLeavesNothingInMemory() throws Exception {
        report("801", 113, "<message><number>905300000001</number><status>111</status></message>"
                           + "<message><number>905300000002</number><status>110</status></message>", 2, 1, 1);
        report("802", 113, "<message><number>905300000003</number><status>112</status></message>"
                           + "<message><number>905300000004</number><status>110</status></message>", 2, 0, 1);
        IletiMerkeziReportConsumer consumer = (IletiMerkeziReportConsumer) context.getRoute("reports").getConsumer();

        consumer.run();
        assertThat(consumer.rememberedUpdates()).as("one per final recipient of the orders in flight").isEqualTo(2);

        report("801", 114, "<message><number>905300000001</number><status>111</status></message>"
                           + "<message><number>905300000002</number><status>111</status></message>", 2, 2, 0);
        consumer.run();

        assertThat(consumer.getTrackedOrderIds()).containsExactly("802");
        assertThat(consumer.rememberedUpdates()).as("801 is final: only 802's update is remembered").isEqualTo(1);
        MockEndpoint updates = getMockEndpoint("mock:updates");
        updates.expectedHeaderValuesReceivedInAnyOrder("CamelIletiMerkeziOrderId", "801", "802", "801", "801");
        updates.assertIsSatisfied();
    }

    private static void report(String orderId, int status, String rows, int total, int final111, int waiting) {
        wireMock.stubFor(post("/get-report").withRequestBody(containing("<id>" + orderId + "</id>")).willReturn(xmlAnswer(200,
                "<response><status><code>200</code><message>İşlem başarılı</message></status><order><id>" + orderId
                                                                                                       + "</id><status>" + status
                                                                                                       + "</status><total>" + total
                                                                                                       + "</total><delivered>" + final111
                                                                                                       + "</delivered><undelivered>0</undelivered><waiting>"
                                                                                                       + waiting + "</waiting>" + rows
                                                                                                       + "</order></response>")));
    }
}
