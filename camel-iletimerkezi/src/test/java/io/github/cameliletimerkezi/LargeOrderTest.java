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
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.cameliletimerkezi.model.DeliveryUpdate;
import io.github.cameliletimerkezi.model.OrderUpdate;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An order of 50,000 recipients (50 pages of 1000) is followed whole with the heap capped at 64 MB: the surefire
 * execution "large-order" runs this class alone, in a JVM started with -Xmx64m. The report pages are generated on
 * request, so the heap holds only what the component keeps.
 */
class LargeOrderTest {

    private static final int RECIPIENTS = 50_000;
    private static final int ROW_COUNT = 1000;
    private static final Pattern PAGE = Pattern.compile("<page>(\\d+)</page>");

    @Test
    void fiftyThousandRecipientsUnderSixtyFourMegabytes() throws Exception {
        assertThat(Runtime.getRuntime().maxMemory()).as("this test must run with -Xmx64m")
                .isLessThanOrEqualTo(64L * 1024 * 1024);
        List<Integer> statuses = Collections.nCopies(RECIPIENTS, 111);
        AtomicInteger pagesServed = new AtomicInteger();
        // without it the JDK server's answers each wait out a 40 ms delayed ACK
        System.setProperty("sun.net.httpserver.nodelay", "true");
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/get-report", exchange -> {
            int page = page(exchange);
            pagesServed.incrementAndGet();
            answer(exchange, ReportXml.page("9001", 114, statuses, page, ROW_COUNT));
        });
        server.start();

        AtomicInteger recipientUpdates = new AtomicInteger();
        AtomicInteger orderUpdates = new AtomicInteger();
        CamelContext context = new DefaultCamelContext();
        try {
            IletiMerkeziComponent component = new IletiMerkeziComponent();
            component.setEnvironment(Map.of("IM_ENDPOINT", "http://127.0.0.1:" + server.getAddress().getPort(),
                    "IM_USERNAME", "u", "IM_PASSWORD", "p")::get);
            context.addComponent("iletimerkezi", component);
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("iletimerkezi:report?orderId=9001&startScheduler=false").routeId("reports")
                            .process(exchange -> {
                                Object body = exchange.getMessage().getBody();
                                if (body instanceof DeliveryUpdate) {
                                    recipientUpdates.incrementAndGet();
                                } else if (body instanceof OrderUpdate) {
                                    orderUpdates.incrementAndGet();
                                }
                            });
                }
            });
            context.start();

            ((IletiMerkeziReportConsumer) context.getRoute("reports").getConsumer()).run();
        } finally {
            context.stop();
            server.stop(0);
        }

        assertThat(pagesServed).hasValue(RECIPIENTS / ROW_COUNT);
        assertThat(recipientUpdates).hasValue(RECIPIENTS);
        assertThat(orderUpdates).hasValue(1);
    }

    private static int page(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            Matcher matcher = PAGE.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            return matcher.find() ? Integer.parseInt(matcher.group(1)) : 1;
        }
    }

    private static void answer(HttpExchange exchange, String xml) throws IOException {
        byte[] body = xml.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/xml; charset=utf-8");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
