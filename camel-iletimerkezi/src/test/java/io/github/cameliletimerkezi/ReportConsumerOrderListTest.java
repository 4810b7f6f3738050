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

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.github.cameliletimerkezi.model.DeliveryUpdate;
import io.github.cameliletimerkezi.model.OrderUpdate;
import io.github.cameliletimerkezi.IletiMerkeziReportConsumer;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Property;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report consumer asks the order list ({@code get-reports/json}, reference §3.5) which followed orders changed
 * and reads the reports of those only; orders the list does not show are read anyway, an order whose updates were not
 * all emitted is read again though the list shows no change, and a list that fails is replaced by one request per
 * order, logged once and asked again after some polls.
 */
class ReportConsumerOrderListTest extends IletiMerkeziTestSupport {

    private static final String LIST = "/get-reports/json";
    private static final String DAY = "2026-11-24";
    private static final String CONSUMER_LOGGER = IletiMerkeziReportConsumer.class.getName();

    private final List<LogEvent> warnings = new CopyOnWriteArrayList<>();
    private final AtomicBoolean failOnUndelivered = new AtomicBoolean();
    private AbstractAppender capture;

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("iletimerkezi:report?orderId=8001,8002,8003&startScheduler=false").routeId("reports")
                        .process(exchange -> {
                            Object body = exchange.getMessage().getBody();
                            if (body instanceof DeliveryUpdate update && update.statusCode() == 112
                                && failOnUndelivered.getAndSet(false)) {
                                throw new IllegalStateException("the sink is down");
                            }
                        })
                        .to("mock:updates");
            }
        };
    }

    @BeforeEach
    void captureWarnings() {
        LoggerContext logging = (LoggerContext) LogManager.getContext(false);
        capture = new AbstractAppender("order-list-capture", null, null, true, Property.EMPTY_ARRAY) {
            @Override
            public void append(LogEvent event) {
                if (event.getLevel().isMoreSpecificThan(Level.WARN) && event.getLoggerName().equals(CONSUMER_LOGGER)
                    && event.getMessage().getFormattedMessage().contains("order list")) {
                    warnings.add(event.toImmutable());
                }
            }
        };
        capture.start();
        logging.getConfiguration().getRootLogger().addAppender(capture, Level.WARN, null);
        logging.updateLoggers();
    }

    @AfterEach
    void stopCapturing() {
        LoggerContext logging = (LoggerContext) LogManager.getContext(false);
        logging.getConfiguration().getRootLogger().removeAppender("order-list-capture");
        logging.updateLoggers();
        capture.stop();
    }

    @Test
    void onlyOrdersTheListShowsChangedOrDoesNotShowAreRead() throws Exception {
        reportIs("8001", 113, List.of(111, 110, 110));
        reportIs("8002", 113, List.of(110, 110));
        reportIs("8003", 113, List.of(110));
        poll();
        assertThat(reportReads()).as("never read: every order is read").containsExactlyInAnyOrder("8001", "8002", "8003");
        assertThat(listPages()).as("no counters known yet: the list is not asked").isZero();

        wireMock.resetRequests();
        reportIs("8001", 113, List.of(111, 111, 112));
        // 8001 changed, 8002 did not, 8003 is not in the list (the list may lag behind)
        listIs(json("8001", 113, 3, 2, 1, 0) + "," + json("8002", 113, 2, 0, 0, 2) + "," + json("9999", 114, 1, 1, 0, 0));
        MockEndpoint updates = getMockEndpoint("mock:updates");
        updates.expectedMessageCount(3);
        poll();

        assertThat(listPages()).isEqualTo(1);
        assertThat(listFilter()).as("one window: the followed orders' day")
                .contains("\"filter\":{\"start\":\"" + DAY + "\",\"end\":\"" + DAY + "\",\"page\":1}");
        assertThat(reportReads()).containsExactlyInAnyOrder("8001", "8003");
        updates.assertIsSatisfied();
        assertThat(updates.getExchanges()).extracting(e -> e.getMessage().getBody(DeliveryUpdate.class).statusCode())
                .containsExactlyInAnyOrder(111, 111, 112);

        wireMock.resetRequests();
        listIs(json("8001", 113, 3, 2, 1, 0) + "," + json("8002", 113, 2, 0, 0, 2) + "," + json("8003", 113, 1, 0, 0, 1));
        poll();
        assertThat(reportReads()).as("nothing changed since the last complete reads").isEmpty();
        assertThat(updates.getReceivedCounter()).isEqualTo(3);
    }

    @Test
    void anOrderWhoseUpdatesWereNotAllEmittedIsReadToTheEnd() throws Exception {
        reportIs("8001", 113, List.of(111, 110));
        reportIs("8002", 113, List.of(110));
        reportIs("8003", 113, List.of(110));
        poll();
        MockEndpoint updates = getMockEndpoint("mock:updates");
        assertThat(updates.getReceivedCounter()).isEqualTo(1);

        // the order is final, but the route fails on its last recipient
        reportIs("8001", 114, List.of(111, 112));
        listIs(json("8001", 114, 2, 1, 1, 0) + "," + json("8002", 113, 1, 0, 0, 1) + "," + json("8003", 113, 1, 0, 0, 1));
        failOnUndelivered.set(true);
        poll();
        assertThat(updates.getReceivedCounter()).as("the failed update is not counted").isEqualTo(1);

        wireMock.resetRequests();
        poll();
        assertThat(reportReads()).as("the list shows the same final counters, but not all of them were emitted")
                .containsExactly("8001");
        assertThat(updates.getExchanges()).extracting(e -> e.getMessage().getBody())
                .filteredOn(OrderUpdate.class::isInstance).singleElement()
                .extracting(update -> ((OrderUpdate) update).statusCode()).isEqualTo(114);
        assertThat(updates.getExchanges()).extracting(e -> e.getMessage().getBody())
                .filteredOn(DeliveryUpdate.class::isInstance).extracting(update -> ((DeliveryUpdate) update).statusCode())
                .containsExactly(111, 112);
        assertThat(reportConsumer().getTrackedOrderIds()).containsExactly("8002", "8003");
    }

    @Test
    void aFailingListIsReplacedByOneRequestPerOrderAndAskedAgainLater() throws Exception {
        reportIs("8001", 113, List.of(110, 110));
        reportIs("8002", 113, List.of(110));
        reportIs("8003", 113, List.of(110));
        poll();
        wireMock.stubFor(post(LIST).willReturn(jsonAnswer(500,
                "{\"response\":{\"status\":{\"code\":500,\"message\":\"Sunucu hatası\"}}}")));
        reportIs("8001", 113, List.of(111, 110));

        wireMock.resetRequests();
        poll();
        assertThat(listPages()).isEqualTo(1);
        assertThat(reportReads()).as("every order on its own").containsExactlyInAnyOrder("8001", "8002", "8003");
        assertThat(getMockEndpoint("mock:updates").getReceivedCounter()).isEqualTo(1);
        assertThat(warnings).hasSize(1);
        assertThat(warnings.get(0).getMessage().getFormattedMessage()).contains("500");

        for (int i = 0; i < IletiMerkeziReportConsumer.ORDER_LIST_PAUSE_POLLS; i++) {
            wireMock.resetRequests();
            poll();
            assertThat(listPages()).as("poll %d after the failure", i + 1).isZero();
            assertThat(reportReads()).hasSize(3);
        }
        assertThat(warnings).as("logged once, not at every poll").hasSize(1);
        assertThat(getMockEndpoint("mock:updates").getReceivedCounter()).as("emitted once").isEqualTo(1);

        listIs(json("8001", 113, 2, 1, 0, 1) + "," + json("8002", 113, 1, 0, 0, 1) + "," + json("8003", 113, 1, 0, 0, 1));
        wireMock.resetRequests();
        poll();
        assertThat(listPages()).as("asked again").isEqualTo(1);
        assertThat(reportReads()).isEmpty();
        assertThat(warnings).hasSize(1);
    }

    @Test
    void withTheOrderListOffEveryOrderIsRead() throws Exception {
        context.getRouteController().stopRoute("reports");
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("iletimerkezi:report?orderId=8001&useOrderList=false&startScheduler=false").routeId("unlisted")
                        .to("mock:unlisted");
            }
        });
        reportIs("8001", 113, List.of(111, 110));
        listIs(json("8001", 113, 2, 1, 0, 1));
        IletiMerkeziReportConsumer unlisted = (IletiMerkeziReportConsumer) context.getRoute("unlisted").getConsumer();
        unlisted.run();
        wireMock.resetRequests();
        unlisted.run();

        assertThat(listPages()).isZero();
        assertThat(reportReads()).containsExactly("8001");
        assertThat(getMockEndpoint("mock:unlisted").getReceivedCounter()).isEqualTo(1);
    }

    private void poll() {
        reportConsumer().run();
    }

    private IletiMerkeziReportConsumer reportConsumer() {
        return (IletiMerkeziReportConsumer) context.getRoute("reports").getConsumer();
    }

    private static void reportIs(String orderId, int orderStatus, List<Integer> statuses) {
        wireMock.stubFor(post("/get-report").withRequestBody(containing("<id>" + orderId + "</id>"))
                .willReturn(xmlAnswer(200, ReportXml.page(orderId, orderStatus, statuses, 1, 1000))));
    }

    /** One page of the order list, as the provider documents it. */
    private static void listIs(String orders) {
        int count = orders.split("\\{", -1).length - 1;
        wireMock.stubFor(post(LIST).willReturn(jsonAnswer(200, "{\"response\":{\"status\":{\"code\":200,\"message\":"
                                                               + "\"İşlem başarılı\"},\"count\":" + count + ",\"orders\":["
                                                               + orders + "]}}")));
    }

    private static String json(String id, int status, int total, int delivered, int undelivered, int waiting) {
        return "{\"id\":" + id + ",\"status\":" + status + ",\"total\":" + total + ",\"delivered\":" + delivered
               + ",\"undelivered\":" + undelivered + ",\"waiting\":" + waiting + ",\"submitAt\":\"" + DAY
               + " 10:00:00\",\"sendAt\":\"" + DAY + " 10:00:00\",\"sender\":\"APITEST\"}";
    }

    private static ResponseDefinitionBuilder jsonAnswer(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json; charset=utf-8").withBody(body);
    }

    private static List<String> reportReads() {
        return wireMock.findAll(postRequestedFor(urlEqualTo("/get-report"))).stream()
                .map(r -> new String(r.getBody(), StandardCharsets.UTF_8).replaceAll(".*<id>([^<]+)</id>.*", "$1"))
                .toList();
    }

    private static int listPages() {
        return wireMock.findAll(postRequestedFor(urlEqualTo(LIST))).size();
    }

    private static String listFilter() {
        return new String(wireMock.findAll(postRequestedFor(urlEqualTo(LIST))).get(0).getBody(), StandardCharsets.UTF_8);
    }
}
