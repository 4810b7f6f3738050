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

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import io.github.cameliletimerkezi.IletiMerkeziReportConsumer;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 19 point 7: a scheduled order (456 until its send time) cost a request at every poll before the change, and
 * an order that never became final was followed forever. Now an order this component sent with a send time is not
 * asked for before then; one followed without it (by id, or from another replica's hand-over) is asked again after a
 * 456 after a wait that grows with how long the order has waited (1 minute up to 1 hour); maxOrderAge ends an order
 * that never becomes final.
 */
class ScheduledOrderTest extends IletiMerkeziTestSupport {

    private final TestClock clock = new TestClock(Instant.now());

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("iletimerkezi:report?orderId=428&useOrderList=false&startScheduler=false&maxOrderAge=2d")
                        .routeId("reports").to("mock:updates");
                from("iletimerkezi:report?useOrderList=false&startScheduler=false")
                        .routeId("followed").to("mock:followed");
            }
        };
    }

    @Test
    void aScheduledOrderCostsOneRequestAnHourAtMostAndAnOrderThatNeverEndsAgesOut() {
        reportConsumer().setClock(clock);
        wireMock.stubFor(post("/get-report").willReturn(xmlAnswer(456, ReportXml.status(456,
                "Sipariş gönderim tarihi henüz gelmedi"))));

        // a day of polls every 30 seconds: 2,880 polls
        for (int i = 0; i < 2880; i++) {
            reportConsumer().run();
            clock.advance(Duration.ofSeconds(30));
        }
        int requests = wireMock.findAll(postRequestedFor(urlEqualTo("/get-report"))).size();
        assertThat(requests).as("about one an hour after the first hour, not 2,880").isBetween(20, 40);
        assertThat(reportConsumer().getTrackedOrderIds()).containsExactly("428");

        // still not final (a report that stays 113) when maxOrderAge runs out
        wireMock.stubFor(post("/get-report").willReturn(xmlAnswer(200, ReportXml.page("428", 113,
                java.util.List.of(110), 1, 1000))));
        clock.advance(Duration.ofDays(2).plusHours(2));
        reportConsumer().run();
        assertThat(reportConsumer().getTrackedOrderIds()).isEmpty();
        assertThat(getMockEndpoint("mock:updates").getReceivedCounter()).isZero();
    }

    @Test
    void aScheduledSendIsNotAskedForBeforeItsSendTime() throws Exception {
        IletiMerkeziReportConsumer followed = reportConsumer("followed");
        followed.setClock(clock);
        wireMock.stubFor(post("/send-sms").willReturn(sampleAnswer(200, "send-success.xml")));
        wireMock.stubFor(post("/get-report").willReturn(xmlAnswer(200, ReportXml.page("00002", 114,
                java.util.List.of(111), 1, 1000))));
        Instant sendAt = clock.instant().plus(Duration.ofHours(2)).truncatedTo(ChronoUnit.MINUTES);
        getMockEndpoint("mock:followed").expectedMinimumMessageCount(1);

        template.sendBodyAndHeaders("iletimerkezi:send", "Yarın kargoda", Map.of(
                IletiMerkeziConstants.RECIPIENTS, "5301234567", IletiMerkeziConstants.SEND_DATE_TIME, sendAt));
        // polls every 30 seconds for the two hours before the send time: the provider would answer 456 to each
        while (clock.instant().isBefore(sendAt)) {
            followed.run();
            clock.advance(Duration.ofSeconds(30));
        }
        assertThat(wireMock.findAll(postRequestedFor(urlEqualTo("/get-report")))).as("report requests before the send time")
                .isEmpty();
        assertThat(followed.getTrackedOrderIds()).containsExactly("00002");

        followed.run();
        assertThat(wireMock.findAll(postRequestedFor(urlEqualTo("/get-report")))).as("read once the send time came")
                .hasSize(1);
        getMockEndpoint("mock:followed").assertIsSatisfied();
        assertThat(followed.getTrackedOrderIds()).as("final, so no longer followed").isEmpty();
    }

    @Test
    void aScheduledSendCancelledHereIsReadAtTheNextPoll() throws Exception {
        IletiMerkeziReportConsumer followed = reportConsumer("followed");
        followed.setClock(clock);
        wireMock.stubFor(post("/send-sms").willReturn(sampleAnswer(200, "send-success.xml")));
        wireMock.stubFor(post("/cancel-order").willReturn(sampleAnswer(200, "cancel-success.xml")));
        // a cancelled order: status 115, its one recipient never sent
        wireMock.stubFor(post("/get-report").willReturn(xmlAnswer(200, ReportXml.page("00002", 115,
                java.util.List.of(), 1, 1000))));
        Instant sendAt = clock.instant().plus(Duration.ofHours(2)).truncatedTo(ChronoUnit.MINUTES);
        getMockEndpoint("mock:followed").expectedMessageCount(1);
        getMockEndpoint("mock:followed").expectedHeaderReceived(IletiMerkeziConstants.ORDER_STATUS, 115);

        template.sendBodyAndHeaders("iletimerkezi:send", "Yarın kargoda", Map.of(
                IletiMerkeziConstants.RECIPIENTS, "5301234567", IletiMerkeziConstants.SEND_DATE_TIME, sendAt));
        followed.run();
        clock.advance(Duration.ofMinutes(10));
        followed.run();
        assertThat(wireMock.findAll(postRequestedFor(urlEqualTo("/get-report")))).as("before the cancel").isEmpty();

        template.sendBodyAndHeader("iletimerkezi:cancel", null, IletiMerkeziConstants.ORDER_ID, "00002");
        clock.advance(Duration.ofSeconds(30));
        followed.run();

        assertThat(wireMock.findAll(postRequestedFor(urlEqualTo("/get-report")))).as("read at the poll after the cancel")
                .hasSize(1);
        getMockEndpoint("mock:followed").assertIsSatisfied();
        assertThat(followed.getTrackedOrderIds()).as("final").isEmpty();
    }

    @Test
    void anOrderWithABlankSendTimeGoesOutAtOnceAndItsExchangeSucceeds() {
        IletiMerkeziReportConsumer followed = reportConsumer("followed");
        followed.setClock(clock);
        wireMock.stubFor(post("/send-sms").willReturn(sampleAnswer(200, "send-success.xml")));
        wireMock.stubFor(post("/get-report").willReturn(xmlAnswer(200, ReportXml.page("00002", 114,
                java.util.List.of(111), 1, 1000))));

        // a blank send time means "now" to the order; reading it as a time after the send would fail a paid exchange
        org.apache.camel.Exchange sent = template.send("iletimerkezi:send", exchange -> exchange.getMessage().setBody(
                io.github.cameliletimerkezi.model.SendRequest.of("Kargonuz yolda", java.util.List.of("5301234567"))
                        .sendDateTime("  ")));

        assertThat(sent.getException()).isNull();
        assertThat(wireMock.findAll(postRequestedFor(urlEqualTo("/send-sms")))).hasSize(1);
        followed.run();
        assertThat(wireMock.findAll(postRequestedFor(urlEqualTo("/get-report")))).as("read at the first poll").hasSize(1);
    }

    private IletiMerkeziReportConsumer reportConsumer() {
        return reportConsumer("reports");
    }

    private IletiMerkeziReportConsumer reportConsumer(String routeId) {
        return (IletiMerkeziReportConsumer) context.getRoute(routeId).getConsumer();
    }
}
