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

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.cameliletimerkezi.IletiMerkeziReportConsumer;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A poll reads at most reportConcurrency reports at once, counted at the server: each report request waits there
 * until as many as the option allows are waiting together, so a consumer that reads fewer at once never lets them
 * through together, and one that reads more is seen with more in flight.
 */
class ReportConcurrencyTest {

    private static final int CONCURRENCY = 3;
    private static final int ORDERS = 9;
    private static final Pattern ORDER_ID = Pattern.compile("<id>([^<]+)</id>");

    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger mostInFlight = new AtomicInteger();
    private final AtomicInteger requests = new AtomicInteger();
    private final CyclicBarrier together = new CyclicBarrier(CONCURRENCY);
    private HttpServer server;
    private ExecutorService serverThreads;
    private CamelContext context;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        serverThreads = Executors.newCachedThreadPool();
        server.setExecutor(serverThreads);
        server.createContext("/get-report", this::report);
        server.start();
    }

    @AfterEach
    void stop() throws Exception {
        if (context != null) {
            context.stop();
        }
        server.stop(0);
        serverThreads.shutdownNow();
    }

    @Test
    void aPollReadsAtMostReportConcurrencyOrdersAtOnce() throws Exception {
        StringBuilder orderIds = new StringBuilder();
        for (int i = 1; i <= ORDERS; i++) {
            orderIds.append(i == 1 ? "" : ",").append(7000 + i);
        }
        context = start("iletimerkezi:report?orderId=" + orderIds + "&reportConcurrency=" + CONCURRENCY
                        + "&startScheduler=false");
        MockEndpoint updates = context.getEndpoint("mock:updates", MockEndpoint.class);
        updates.expectedMessageCount(ORDERS * 2); // each order: its recipient, then itself

        ((IletiMerkeziReportConsumer) context.getRoute("reports").getConsumer()).run();

        updates.assertIsSatisfied();
        assertThat(requests.get()).isEqualTo(ORDERS);
        assertThat(mostInFlight.get()).as("requests in flight at the server at once").isEqualTo(CONCURRENCY);
    }

    @Test
    void reportConcurrencyOutOfRangeIsRefusedByName() {
        assertThatThrownBy(() -> start("iletimerkezi:report?orderId=7001&reportConcurrency=0"))
                .hasStackTraceContaining("reportConcurrency must be between 1 and 64, was 0");
    }

    private CamelContext start(String uri) throws Exception {
        CamelContext started = new DefaultCamelContext();
        IletiMerkeziComponent component = new IletiMerkeziComponent();
        component.setEnvironment(Map.of("IM_ENDPOINT", "http://127.0.0.1:" + server.getAddress().getPort(),
                "IM_USERNAME", "u", "IM_PASSWORD", "p")::get);
        started.addComponent("iletimerkezi", component);
        started.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).routeId("reports").to("mock:updates");
            }
        });
        try {
            started.start();
        } catch (Exception e) {
            started.stop();
            throw e;
        }
        return started;
    }

    private void report(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            requests.incrementAndGet();
            mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            try {
                together.await(10, TimeUnit.SECONDS);
            } catch (BrokenBarrierException | TimeoutException e) {
                // fewer came together than allowed: answer anyway, the count above shows it
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                inFlight.decrementAndGet();
            }
            Matcher id = ORDER_ID.matcher(body);
            String orderId = id.find() ? id.group(1) : "0";
            byte[] answer = ReportXml.page(orderId, 114, List.of(111), 1, 1000).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/xml; charset=utf-8");
            exchange.sendResponseHeaders(200, answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        }
    }
}
