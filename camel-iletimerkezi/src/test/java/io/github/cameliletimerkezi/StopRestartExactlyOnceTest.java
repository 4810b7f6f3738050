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

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

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
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The context is stopped from inside the route every N updates, on the real scheduler, and started again on the same
 * file repositories, until the three-page order is delivered: every update arrives exactly once.
 */
class StopRestartExactlyOnceTest {

    private static final String ORDER = "9001";
    private static final int RECIPIENTS = 25;
    private static final int UPDATES = RECIPIENTS + 1;

    private static WireMockServer wireMock;

    @TempDir
    Path directory;

    private final List<String> received = Collections.synchronizedList(new ArrayList<>());

    @BeforeAll
    static void startWireMock() {
        wireMock = new WireMockServer(wireMockConfig().dynamicPort());
        wireMock.start();
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < RECIPIENTS; i++) {
            statuses.add(i % 3 == 0 ? 112 : 111);
        }
        for (int page = 1; page <= 3; page++) {
            wireMock.stubFor(post("/get-report").withRequestBody(containing("<page>" + page + "</page>"))
                    .willReturn(IletiMerkeziTestSupport.xmlAnswer(200, ReportXml.page(ORDER, 114, statuses, page, 10))));
        }
    }

    @AfterAll
    static void stopWireMock() {
        wireMock.stop();
    }

    @ParameterizedTest(name = "stopped every {0} updates")
    @ValueSource(ints = { 1, 4, 9 })
    void everyUpdateArrivesExactlyOnce(int every) throws Exception {
        for (int run = 0; run < 3 * UPDATES && received.size() < UPDATES; run++) {
            AtomicInteger inThisRun = new AtomicInteger();
            AtomicBoolean stopAsked = new AtomicBoolean();
            CamelContext context = start(every, inThisRun, stopAsked);
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> stopAsked.get() && context.isStopped() || received.size() >= UPDATES && idle(context));
            context.stop();
        }

        assertThat(received).hasSize(UPDATES).doesNotHaveDuplicates();
        assertThat(received).filteredOn(key -> key.endsWith("/order/114")).hasSize(1);
    }

    private boolean idle(CamelContext context) {
        return context.getInflightRepository().size() == 0;
    }

    private CamelContext start(int every, AtomicInteger inThisRun, AtomicBoolean stopAsked) throws Exception {
        CamelContext context = new DefaultCamelContext();
        IletiMerkeziComponent component = new IletiMerkeziComponent();
        component.setEnvironment(Map.of("IM_ENDPOINT", wireMock.baseUrl(), "IM_USERNAME", "u", "IM_PASSWORD", "p",
                "IM_SENDER", "APITEST")::get);
        context.addComponent("iletimerkezi", component);
        context.getRegistry().bind("updates",
                FileIdempotentRepository.fileIdempotentRepository(directory.resolve("updates.dat").toFile()));
        context.getRegistry().bind("orders", FileStateRepository.fileStateRepository(directory.resolve("orders.dat").toFile()));
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("iletimerkezi:report?orderId=" + ORDER + "&rowCount=10&delay=10&initialDelay=0"
                     + "&idempotentRepository=#updates&stateRepository=#orders")
                        .routeId("reports")
                        .process(exchange -> {
                            Object body = exchange.getMessage().getBody();
                            if (body instanceof DeliveryUpdate update) {
                                received.add(update.orderId() + "/" + update.number() + "/" + update.statusCode());
                            } else if (body instanceof OrderUpdate order) {
                                received.add(order.orderId() + "/order/" + order.statusCode());
                            }
                            if (inThisRun.incrementAndGet() == every && stopAsked.compareAndSet(false, true)) {
                                Thread stopper = new Thread(context::stop, "stopper");
                                stopper.start();
                            }
                        });
            }
        });
        context.start();
        return context;
    }
}
