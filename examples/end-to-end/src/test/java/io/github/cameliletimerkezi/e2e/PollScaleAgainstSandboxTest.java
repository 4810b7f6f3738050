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
package io.github.cameliletimerkezi.e2e;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.cameliletimerkezi.IletiMerkeziComponent;
import io.github.cameliletimerkezi.IletiMerkeziConstants;
import io.github.cameliletimerkezi.model.DeliveryUpdate;
import io.github.cameliletimerkezi.model.IletiMerkeziResponse;
import io.github.cameliletimerkezi.model.OrderUpdate;
import io.github.cameliletimerkezi.IletiMerkeziReportConsumer;
import io.github.cameliletimerkezi.sandbox.IletiMerkeziSandbox;
import io.github.cameliletimerkezi.sandbox.SandboxClock;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.processor.idempotent.FileIdempotentRepository;
import org.apache.camel.support.processor.state.FileStateRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A thousand followed orders against the sandbox (a hundred without the list), of which ten change between two polls,
 * with the order list on and off: every update is emitted once, a restart with file-backed repositories re-reads nothing unchanged and loses
 * nothing, and with the list on a poll's requests (counted at the sandbox) scale with the orders that changed, not
 * with those followed.
 */
class PollScaleAgainstSandboxTest {

    /** With the list, the figure the request counts are stated for; without it, fewer do to show the behaviour. */
    private static final int ORDERS_WITH_LIST = 1000;
    private static final int ORDERS_WITHOUT_LIST = 100;
    private static final int CHANGING = 10;
    /** The sandbox's orders per page of get-reports. */
    private static final int LIST_PAGE = 30;
    private static final String REPORT = "/v1/get-report ";
    private static final String LIST = "/v1/get-reports/json ";

    @TempDir
    Path directory;

    private final SandboxClock clock = new SandboxClock().freeze();
    private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
    private final List<String> received = Collections.synchronizedList(new ArrayList<>());
    private IletiMerkeziSandbox sandbox;
    private CamelContext context;

    @BeforeEach
    void startSandbox() {
        // one recipient's report arrives at the end of the delay, and of two recipients the first halfway: moving the
        // clock half the delay changes exactly the orders with two recipients
        sandbox = IletiMerkeziSandbox.builder().clock(clock).deliveryDelay(Duration.ofHours(1)).failureRatio(0.2).seed(5)
                .smsCredits(10_000).requestLog(line -> requests.computeIfAbsent(path(line), p -> new AtomicInteger())
                        .incrementAndGet())
                .start();
    }

    @AfterEach
    void stop() throws Exception {
        if (context != null) {
            context.stop();
        }
        sandbox.stop();
    }

    @ParameterizedTest(name = "useOrderList={0}")
    @ValueSource(booleans = { true, false })
    void pollsReadChangedOrdersOnlyAndRestartLosesNothing(boolean useOrderList) throws Exception {
        int orders = useOrderList ? ORDERS_WITH_LIST : ORDERS_WITHOUT_LIST;
        context = start(useOrderList);
        ProducerTemplate template = context.createProducerTemplate();
        List<String> changing = new ArrayList<>();
        for (int i = 0; i < orders; i++) {
            String recipients = i < CHANGING ? number(i, 0) + "," + number(i, 1) : number(i, 0);
            String orderId = template.requestBodyAndHeader("iletimerkezi:send", "Sipariş " + i,
                    IletiMerkeziConstants.RECIPIENTS, recipients, IletiMerkeziResponse.class).getOrderId();
            if (i < CHANGING) {
                changing.add(orderId);
            }
        }
        assertThat(consumer().getTrackedOrderIds()).hasSize(orders);

        Map<String, Integer> first = poll();
        assertThat(first.getOrDefault(REPORT, 0)).as("every order is read once before its counters are known")
                .isEqualTo(orders);
        assertThat(received).isEmpty();

        Map<String, Integer> unchanged = poll();
        if (useOrderList) {
            assertThat(unchanged.getOrDefault(REPORT, 0)).as("nothing changed: no report is read").isZero();
            assertThat(total(unchanged)).as("requests of a poll where nothing changed").isLessThanOrEqualTo(40)
                    .isEqualTo((orders + LIST_PAGE - 1) / LIST_PAGE);
        } else {
            assertThat(unchanged).containsExactly(Map.entry(REPORT, orders));
        }
        assertThat(received).isEmpty();

        clock.advance(Duration.ofMinutes(30));
        Map<String, Integer> tenChanged = poll();
        assertThat(received).as("the first recipient of each order with two")
                .map(update -> update.substring(0, update.indexOf('/'))).containsExactlyInAnyOrderElementsOf(changing);
        if (useOrderList) {
            assertThat(tenChanged.getOrDefault(REPORT, 0)).as("only the changed orders are read").isEqualTo(CHANGING);
            assertThat(total(tenChanged)).as("requests of a poll where 10 of 1,000 orders changed").isLessThanOrEqualTo(60);
        } else {
            assertThat(tenChanged).containsExactly(Map.entry(REPORT, orders));
        }

        // a new context on the same files, as after a process restart
        context.stop();
        context = start(useOrderList);
        assertThat(consumer().getTrackedOrderIds()).hasSize(orders);
        Map<String, Integer> afterRestart = poll();
        if (useOrderList) {
            assertThat(afterRestart.getOrDefault(REPORT, 0)).as("the restart re-reads nothing unchanged").isZero();
        }
        assertThat(received).hasSize(CHANGING);

        clock.advance(Duration.ofMinutes(30));
        poll();
        assertThat(consumer().getTrackedOrderIds()).as("every order is final").isEmpty();
        assertThat(received).doesNotHaveDuplicates()
                .hasSize(orders + CHANGING + orders)
                .filteredOn(update -> update.contains("/order/")).hasSize(orders);

        Map<String, Integer> idle = poll();
        assertThat(idle).as("nothing left to ask").isEmpty();
        assertThat(received).hasSize(orders + CHANGING + orders);
    }

    private CamelContext start(boolean useOrderList) throws Exception {
        CamelContext started = new DefaultCamelContext();
        IletiMerkeziComponent component = new IletiMerkeziComponent();
        component.setEnvironment(Map.of("IM_ENDPOINT", sandbox.baseUrl(), "IM_PUBLIC_KEY", sandbox.settings().publicKey(),
                "IM_SECRET_KEY", sandbox.settings().secretKey(), "IM_SENDER", "SANDBOX")::get);
        started.addComponent("iletimerkezi", component);
        started.getRegistry().bind("updates",
                FileIdempotentRepository.fileIdempotentRepository(directory.resolve("updates.dat").toFile(), 10_000));
        started.getRegistry().bind("orders", FileStateRepository.fileStateRepository(directory.resolve("orders.dat").toFile()));
        started.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("iletimerkezi:report?startScheduler=false&idempotentRepository=#updates&stateRepository=#orders"
                     + "&useOrderList=" + useOrderList)
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
        started.start();
        return started;
    }

    /** One poll on this thread; the requests it made by path. */
    private Map<String, Integer> poll() {
        requests.clear();
        consumer().run();
        Map<String, Integer> made = new java.util.TreeMap<>();
        requests.forEach((path, count) -> made.put(path, count.get()));
        return made;
    }

    private IletiMerkeziReportConsumer consumer() {
        return (IletiMerkeziReportConsumer) context.getRoute("reports").getConsumer();
    }

    private static int total(Map<String, Integer> made) {
        return made.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** "POST /v1/get-report -> 200 ..." to "/v1/get-report ". */
    private static String path(String logLine) {
        int start = logLine.indexOf(' ') + 1;
        return logLine.substring(start, logLine.indexOf(' ', start) + 1);
    }

    private static String number(int order, int recipient) {
        return "53" + String.format("%07d", order) + recipient;
    }
}
