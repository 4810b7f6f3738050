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

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.github.cameliletimerkezi.IletiMerkeziReportConsumer;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two report consumers share the component's state and idempotent repositories: each follows and receives exactly
 * its own orders, an order both follow reaches both, and finished orders leave nothing in the state repository.
 */
class SharedRepositoriesTest extends IletiMerkeziTestSupport {

    private final Set<String> stateKeys = ConcurrentHashMap.newKeySet();
    private final MemoryStateRepository state = new MemoryStateRepository() {
        @Override
        public void setState(String key, String value) {
            stateKeys.add(key);
            super.setState(key, value);
        }
    };

    @Override
    protected void configureComponent(IletiMerkeziComponent component) {
        super.configureComponent(component);
        component.getConfiguration().setStateRepository(state);
        component.getConfiguration().setIdempotentRepository(MemoryIdempotentRepository.memoryIdempotentRepository());
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("iletimerkezi:report?orderId=701&startScheduler=false").routeId("a").to("mock:a");
                from("iletimerkezi:report?orderId=702&startScheduler=false").routeId("b").to("mock:b");
            }
        };
    }

    @Test
    void eachConsumerGetsExactlyItsOwnOrders() throws Exception {
        reportIs("701", 114, List.of(111, 112));
        reportIs("702", 114, List.of(111, 111, 111));
        reportIs("703", 114, List.of(112));
        wireMock.stubFor(post("/send-sms").willReturn(xmlAnswer(200,
                "<response><status><code>200</code><message>İşlem başarılı</message></status><order><id>703</id></order></response>")));
        assertThat(consumer("a").getTrackedOrderIds()).containsExactly("701");
        assertThat(consumer("b").getTrackedOrderIds()).containsExactly("702");
        // a sent order is followed by every consumer of the component
        template.sendBodyAndHeader("iletimerkezi:send", "Merhaba", IletiMerkeziConstants.RECIPIENTS, PHONE);

        MockEndpoint a = getMockEndpoint("mock:a");
        MockEndpoint b = getMockEndpoint("mock:b");
        a.expectedHeaderValuesReceivedInAnyOrder(IletiMerkeziConstants.ORDER_ID, "701", "701", "701", "703", "703");
        b.expectedHeaderValuesReceivedInAnyOrder(IletiMerkeziConstants.ORDER_ID, "702", "702", "702", "702", "703", "703");
        for (int i = 0; i < 2; i++) {
            consumer("a").run();
            consumer("b").run();
        }

        MockEndpoint.assertIsSatisfied(a, b);
        assertThat(consumer("a").getTrackedOrderIds()).isEmpty();
        assertThat(consumer("b").getTrackedOrderIds()).isEmpty();
        assertThat(stateKeys).as("one entry per consumer, none per order")
                .containsExactlyInAnyOrder("iletimerkezi.a.orders", "iletimerkezi.b.orders");
        assertThat(state.getState("iletimerkezi.a.orders")).isEmpty();
        assertThat(state.getState("iletimerkezi.b.orders")).isEmpty();
    }

    @Test
    void countersOfOneConsumerDoNotMakeTheOtherSkipPages() throws Exception {
        // both follow 703 (sent here); A's saved counters must not make B believe nothing changed
        reportIs("701", 456, List.of());
        reportIs("702", 456, List.of());
        wireMock.stubFor(post("/send-sms").willReturn(xmlAnswer(200,
                "<response><status><code>200</code><message>İşlem başarılı</message></status><order><id>703</id></order></response>")));
        template.sendBodyAndHeader("iletimerkezi:send", "Merhaba", IletiMerkeziConstants.RECIPIENTS, PHONE);
        reportIs("703", 113, List.of(111, 110));
        consumer("a").run();
        MockEndpoint b = getMockEndpoint("mock:b");
        b.expectedHeaderValuesReceivedInAnyOrder(IletiMerkeziConstants.ORDER_ID, "703");

        consumer("b").run();

        b.assertIsSatisfied();
        assertThat(getMockEndpoint("mock:a").getReceivedCounter()).isEqualTo(1);
    }

    private IletiMerkeziReportConsumer consumer(String routeId) {
        return (IletiMerkeziReportConsumer) context.getRoute(routeId).getConsumer();
    }

    private static void reportIs(String orderId, int orderStatus, List<Integer> statuses) {
        wireMock.stubFor(post("/get-report").withRequestBody(containing("<id>" + orderId + "</id>")).willReturn(
                orderStatus == 456 ? xmlAnswer(456, ReportXml.status(456, "Sipariş gönderim tarihi henüz gelmedi"))
                        : xmlAnswer(200, ReportXml.page(orderId, orderStatus, statuses, 1, 1000))));
    }
}
