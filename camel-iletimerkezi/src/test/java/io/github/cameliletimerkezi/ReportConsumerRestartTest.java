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

import io.github.cameliletimerkezi.IletiMerkeziReportConsumer;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.cameliletimerkezi.model.DeliveryUpdate;
import io.github.cameliletimerkezi.model.OrderUpdate;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.processor.idempotent.FileIdempotentRepository;
import org.apache.camel.support.processor.state.FileStateRepository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * With file-backed repositories, a new CamelContext (as after a process restart) goes on following the orders of the
 * last one, emitting what changed meanwhile and nothing it emitted before.
 */
class ReportConsumerRestartTest {

    private static WireMockServer wireMock;

    @TempDir
    Path directory;

    private final List<String> received = new ArrayList<>();

    @BeforeAll
    static void startWireMock() {
        wireMock = new WireMockServer(wireMockConfig().dynamicPort());
        wireMock.start();
    }

    @AfterAll
    static void stopWireMock() {
        wireMock.stop();
    }

    @Test
    void restartNeitherLosesNorRepeats() throws Exception {
        wireMock.stubFor(post("/send-sms").willReturn(IletiMerkeziTestSupport.xmlAnswer(200,
                "<response><status><code>200</code><message>İşlem başarılı</message></status><order><id>8001</id></order></response>")));
        reportIs(113, List.of(111, 110, 110, 112));

        CamelContext first = start();
        first.createProducerTemplate().sendBodyAndHeader("iletimerkezi:send", "Merhaba",
                IletiMerkeziConstants.RECIPIENTS, "5301234567");
        pollOnce(first);
        first.stop();
        assertThat(received).containsExactly("8001/" + ReportXml.number(0) + "/111", "8001/" + ReportXml.number(3) + "/112");

        // while stopped, the rest of the order is delivered
        reportIs(114, List.of(111, 111, 112, 112));
        CamelContext second = start();
        pollOnce(second);
        pollOnce(second);
        second.stop();

        assertThat(received).containsExactly("8001/" + ReportXml.number(0) + "/111", "8001/" + ReportXml.number(3) + "/112",
                "8001/" + ReportXml.number(1) + "/111", "8001/" + ReportXml.number(2) + "/112", "8001/order/114");

        CamelContext third = start();
        assertThat(consumer(third).getTrackedOrderIds()).as("the final order is not followed after a restart").isEmpty();
        third.stop();
    }

    private CamelContext start() throws Exception {
        File updates = directory.resolve("updates.dat").toFile();
        File state = directory.resolve("orders.dat").toFile();
        CamelContext context = new DefaultCamelContext();
        IletiMerkeziComponent component = new IletiMerkeziComponent();
        component.setEnvironment(Map.of("IM_ENDPOINT", wireMock.baseUrl(), "IM_USERNAME", "u", "IM_PASSWORD", "p",
                "IM_SENDER", "APITEST")::get);
        context.addComponent("iletimerkezi", component);
        context.getRegistry().bind("updates", FileIdempotentRepository.fileIdempotentRepository(updates));
        context.getRegistry().bind("orders", FileStateRepository.fileStateRepository(state));
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("iletimerkezi:report?startScheduler=false&idempotentRepository=#updates&stateRepository=#orders")
                        .routeId("reports")
                        .process(exchange -> {
                            Object body = exchange.getMessage().getBody();
                            if (body instanceof DeliveryUpdate update) {
                                received.add(update.orderId() + "/" + update.number() + "/" + update.statusCode());
                            } else if (body instanceof OrderUpdate order) {
                                received.add(order.orderId() + "/order/" + order.statusCode());
                            }
                        });
            }
        });
        context.start();
        return context;
    }

    private static void pollOnce(CamelContext context) {
        consumer(context).run();
    }

    private static IletiMerkeziReportConsumer consumer(CamelContext context) {
        return (IletiMerkeziReportConsumer) context.getRoute("reports").getConsumer();
    }

    private static void reportIs(int orderStatus, List<Integer> statuses) {
        wireMock.stubFor(post("/get-report").withRequestBody(containing("<id>8001</id>"))
                .willReturn(IletiMerkeziTestSupport.xmlAnswer(200, ReportXml.page("8001", orderStatus, statuses, 1, 1000))));
    }
}
