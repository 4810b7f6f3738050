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

import io.github.cameliletimerkezi.client.IletiMerkeziException;
import io.github.cameliletimerkezi.client.IletiMerkeziOutcomeUnknownException;
import io.github.cameliletimerkezi.IletiMerkeziReportConsumer;
import io.github.cameliletimerkezi.ReportPollException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.tomakehurst.wiremock.http.Fault;
import io.github.cameliletimerkezi.model.DeliveryStatus;
import io.github.cameliletimerkezi.model.DeliveryUpdate;
import io.github.cameliletimerkezi.model.OrderUpdate;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.spi.ExceptionHandler;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report consumer against a WireMock provider whose report changes between polls. Polls are run one at a time
 * ({@code startScheduler=false} and {@link IletiMerkeziReportConsumer#run()}), each a real scheduled-poll cycle with
 * Camel's poll strategy and exception handler.
 */
class ReportConsumerTest extends IletiMerkeziTestSupport {

    private static final String ORDER = "428";
    private final List<Throwable> pollErrors = new ArrayList<>();
    private final AtomicInteger failuresToInject = new AtomicInteger();
    private MockEndpoint updates;

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("iletimerkezi:report?orderId=" + ORDER + "&rowCount=2&startScheduler=false").routeId("reports")
                        .process(exchange -> {
                            if (failuresToInject.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                                throw new IllegalStateException("route failure injected by the test");
                            }
                        })
                        .to("mock:updates");
            }
        };
    }

    @BeforeEach
    void captureConsumerErrors() {
        updates = getMockEndpoint("mock:updates");
        reportConsumer().setExceptionHandler(new ExceptionHandler() {
            @Override
            public void handleException(Throwable exception) {
                pollErrors.add(exception);
            }

            @Override
            public void handleException(String message, Throwable exception) {
                pollErrors.add(exception);
            }

            @Override
            public void handleException(String message, Exchange exchange, Throwable exception) {
                pollErrors.add(exception);
            }
        });
    }

    @Test
    void threePageOrderEmitsEachChangeOnceAndOneCompletion() {
        // six recipients, two per page: three pages
        reportIs(113, List.of(111, 110, 110, 110, 110, 110));
        poll();
        assertThat(recipientUpdates()).containsExactly(number(0) + "=111");
        assertThat(reportRequests()).isEqualTo(3);

        reportIs(113, List.of(111, 111, 112, 111, 110, 110));
        poll();
        assertThat(recipientUpdates()).containsExactly(number(0) + "=111", number(1) + "=111", number(2) + "=112",
                number(3) + "=111");

        // the same counters: only page 1 is read
        poll();
        assertThat(reportRequests()).as("the unchanged poll reads page 1 only").isEqualTo(7);
        assertThat(updates.getReceivedCounter()).isEqualTo(4);

        reportIs(114, List.of(111, 111, 112, 111, 112, 111));
        poll();
        assertThat(recipientUpdates()).hasSize(6).doesNotHaveDuplicates()
                .contains(number(4) + "=112", number(5) + "=111");
        List<OrderUpdate> orders = orderUpdates();
        assertThat(orders).hasSize(1);
        assertThat(orders.get(0).isCompleted()).isTrue();
        assertThat(orders.get(0).total()).isEqualTo(6);
        assertThat(orders.get(0).delivered()).isEqualTo(4);
        assertThat(orders.get(0).undelivered()).isEqualTo(2);
        assertThat(orders.get(0).waiting()).isZero();
        assertThat(orders.get(0).price()).isEqualTo("4,0000");

        // final: the order is no longer polled
        int before = reportRequests();
        poll();
        assertThat(reportRequests()).isEqualTo(before);
        assertThat(reportConsumer().getTrackedOrderIds()).isEmpty();
        assertThat(pollErrors).isEmpty();
    }

    @Test
    void updatesCarryTypedBodiesAndHeaders() {
        reportIs(114, List.of(111, 112));
        poll();

        List<Exchange> received = updates.getReceivedExchanges();
        assertThat(received).hasSize(3);
        Exchange delivered = received.get(0);
        assertThat(delivered.getMessage().getHeader(IletiMerkeziConstants.UPDATE_TYPE)).isEqualTo("recipient");
        assertThat(delivered.getMessage().getHeader(IletiMerkeziConstants.ORDER_ID)).isEqualTo(ORDER);
        assertThat(delivered.getMessage().getHeader(IletiMerkeziConstants.RECIPIENT)).isEqualTo(number(0));
        assertThat(delivered.getMessage().getHeader(IletiMerkeziConstants.DELIVERY_STATUS)).isEqualTo(111);
        DeliveryUpdate update = delivered.getMessage().getBody(DeliveryUpdate.class);
        assertThat(update.status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(update.isFinal()).isTrue();
        assertThat(update.meaning()).isEqualTo("Mesaj gönderildi");
        assertThat(update.seenAt()).isNotNull();
        Exchange order = received.get(2);
        assertThat(order.getMessage().getHeader(IletiMerkeziConstants.UPDATE_TYPE)).isEqualTo("order");
        assertThat(order.getMessage().getHeader(IletiMerkeziConstants.ORDER_STATUS)).isEqualTo(114);
        assertThat(order.getMessage().getBody(OrderUpdate.class).meaning()).isEqualTo("Siparişin gönderimi tamamlandı");
    }

    @Test
    void scheduledOrderWaitsQuietlyThenReports() {
        // issue 19 point 7: a scheduled order (456) is not asked again at every poll
        TestClock clock = new TestClock(Instant.now());
        reportConsumer().setClock(clock);
        wireMock.stubFor(post("/get-report").willReturn(xmlAnswer(456, ReportXml.status(456,
                "Sipariş gönderim tarihi henüz gelmedi"))));
        poll();
        poll();
        poll();
        assertThat(updates.getReceivedCounter()).isZero();
        assertThat(pollErrors).isEmpty();
        assertThat(reportConsumer().getTrackedOrderIds()).containsExactly(ORDER);
        wireMock.verify(1, postRequestedFor(urlEqualTo("/get-report")));

        reportIs(114, List.of(111, 111));
        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        poll();
        assertThat(recipientUpdates()).hasSize(2);
        assertThat(orderUpdates()).hasSize(1);
    }

    @Test
    void unknownOrderNamedByOptionIsDroppedByTheAgeLimitWithoutAnEvent() {
        // issue 19 point 1: 455 is the order's own failure; it backs off and only the age limit ends it
        TestClock clock = new TestClock(Instant.now());
        reportConsumer().setClock(clock);
        wireMock.stubFor(post("/get-report").willReturn(xmlAnswer(455, ReportXml.status(455, "Sipariş bulunamadı"))));

        poll();
        assertThat(reportConsumer().getTrackedOrderIds()).containsExactly(ORDER);
        clock.advance(Duration.ofDays(91));
        poll();

        assertThat(updates.getReceivedCounter()).isZero();
        assertThat(reportConsumer().getTrackedOrderIds()).isEmpty();
        assertThat(pollErrors).isEmpty();
    }

    @Test
    void unknownOrderThatWasSentHereGivesOneOrderEventWhenItAgesOut() {
        TestClock clock = new TestClock(Instant.now());
        reportConsumer().setClock(clock);
        wireMock.stubFor(post("/send-sms").willReturn(xmlAnswer(200,
                "<response><status><code>200</code><message>İşlem başarılı</message></status><order><id>999</id></order></response>")));
        wireMock.stubFor(post("/get-report").withRequestBody(containing("<id>428</id>"))
                .willReturn(xmlAnswer(456, ReportXml.status(456, "Sipariş gönderim tarihi henüz gelmedi"))));
        wireMock.stubFor(post("/get-report").withRequestBody(containing("<id>999</id>"))
                .willReturn(xmlAnswer(455, ReportXml.status(455, "Sipariş bulunamadı"))));
        template.sendBodyAndHeader("iletimerkezi:send", "Merhaba", IletiMerkeziConstants.RECIPIENTS, PHONE);

        poll();
        poll();
        assertThat(orderUpdates()).as("455 right after a send may only mean the provider has not listed it yet").isEmpty();
        clock.advance(Duration.ofDays(91));
        poll();

        assertThat(orderUpdates()).hasSize(1).first().satisfies(order -> {
            assertThat(order.orderId()).isEqualTo("999");
            assertThat(order.isNotFound()).isTrue();
            assertThat(order.meaning()).isEqualTo("Sipariş bulunamadı");
        });
        assertThat(reportConsumer().getTrackedOrderIds()).as("428 aged out as well").isEmpty();
    }

    @Test
    void serverErrorDuringPagingLosesAndRepeatsNothing() {
        List<Integer> statuses = List.of(111, 112, 111, 111, 110, 110);
        reportIs(113, statuses);
        wireMock.stubFor(post("/get-report").withRequestBody(containing("<page>2</page>"))
                .willReturn(xmlAnswer(500, ReportXml.status(503, "Sunucu geçici olarak servis dışı"))));

        poll();

        assertThat(pollErrors).singleElement().isInstanceOfSatisfying(ReportPollException.class, e -> {
            assertThat(e.getHttpResponseCode()).isEqualTo(503);
            assertThat(e.getCause()).isInstanceOfSatisfying(IletiMerkeziException.class,
                    cause -> assertThat(cause.getStatusCode()).isEqualTo(503));
        });
        assertThat(recipientUpdates()).containsExactly(number(0) + "=111", number(1) + "=112");

        reportIs(113, statuses);
        poll();

        assertThat(recipientUpdates()).containsExactly(number(0) + "=111", number(1) + "=112", number(2) + "=111",
                number(3) + "=111");
        assertThat(pollErrors).hasSize(1);
    }

    @Test
    void connectionResetDuringPagingLosesAndRepeatsNothing() {
        List<Integer> statuses = List.of(111, 111, 112, 111, 111, 112);
        reportIs(114, statuses);
        wireMock.stubFor(post("/get-report").withRequestBody(containing("<page>3</page>"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        poll();

        assertThat(pollErrors).singleElement().isInstanceOfSatisfying(ReportPollException.class, e -> {
            assertThat(e).hasMessageContaining("report of order 428 failed", "tried again at the next poll");
            assertThat(e.getCause()).isInstanceOf(IletiMerkeziOutcomeUnknownException.class)
                    .hasMessageContaining("report to localhost:" + wireMock.port() + " has an unknown outcome");
        });
        assertThat(recipientUpdates()).hasSize(4);
        assertThat(orderUpdates()).as("no completion before every page was read").isEmpty();

        reportIs(114, statuses);
        poll();
        poll();

        assertThat(recipientUpdates()).hasSize(6).doesNotHaveDuplicates();
        assertThat(orderUpdates()).hasSize(1);
    }

    @Test
    void routeFailureBringsTheUpdateAgainThenNeverAgain() {
        reportIs(113, List.of(111, 110));
        failuresToInject.set(1);

        poll();
        assertThat(updates.getReceivedCounter()).as("the failed update never reached the mock").isZero();
        assertThat(pollErrors).singleElement().satisfies(e -> assertThat(e).hasMessageContaining("injected"));

        poll();
        assertThat(recipientUpdates()).containsExactly(number(0) + "=111");

        poll();
        assertThat(recipientUpdates()).containsExactly(number(0) + "=111");
    }

    @Test
    void ordersHandedOverAtRunTimeAreFollowed() {
        wireMock.stubFor(post("/get-report").willReturn(xmlAnswer(456, ReportXml.status(456, "x"))));
        context.getComponent("iletimerkezi", IletiMerkeziComponent.class).trackOrder("500");
        template.sendBodyAndHeader("iletimerkezi:report?throwExceptionOnFailure=false", "501",
                IletiMerkeziConstants.TRACK_ORDER, true);

        assertThat(reportConsumer().getTrackedOrderIds()).containsExactly(ORDER, "500", "501");
    }

    private void poll() {
        reportConsumer().run();
    }

    private IletiMerkeziReportConsumer reportConsumer() {
        return (IletiMerkeziReportConsumer) context.getRoute("reports").getConsumer();
    }

    private static void reportIs(int orderStatus, List<Integer> statuses) {
        wireMock.resetMappings();
        for (int page = 1; page <= 3; page++) {
            wireMock.stubFor(post("/get-report").withRequestBody(containing("<page>" + page + "</page>"))
                    .willReturn(xmlAnswer(200, ReportXml.page(ORDER, orderStatus, statuses, page, 2))));
        }
    }

    private static String number(int i) {
        return ReportXml.number(i);
    }

    private static int reportRequests() {
        return wireMock.findAll(postRequestedFor(urlEqualTo("/get-report"))).size();
    }

    private List<String> recipientUpdates() {
        return updates.getReceivedExchanges().stream().map(e -> e.getMessage().getBody())
                .filter(DeliveryUpdate.class::isInstance).map(DeliveryUpdate.class::cast)
                .map(u -> u.number() + "=" + u.statusCode()).toList();
    }

    private List<OrderUpdate> orderUpdates() {
        return updates.getReceivedExchanges().stream().map(e -> e.getMessage().getBody())
                .filter(OrderUpdate.class::isInstance).map(OrderUpdate.class::cast).toList();
    }
}
