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
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.github.cameliletimerkezi.model.DeliveryUpdate;
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

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Orders are polled in isolation: an order whose report cannot be read is backed off and finally dropped, while the
 * orders behind it are polled on schedule. A failing poll is one WARN line without a stack trace.
 */
class ReportConsumerIsolationTest extends IletiMerkeziTestSupport {

    private static final String BROKEN = "601";
    private static final String HEALTHY = "602";
    private static final String ROUTE_LOGGER = IletiMerkeziReportConsumer.class.getName();

    private final List<LogEvent> warnings = new CopyOnWriteArrayList<>();
    private AbstractAppender capture;

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("iletimerkezi:report?orderId=" + BROKEN + "," + HEALTHY + "&startScheduler=false").routeId("reports")
                        .to("mock:updates");
            }
        };
    }

    @BeforeEach
    void captureWarnings() {
        LoggerContext logging = (LoggerContext) LogManager.getContext(false);
        capture = new AbstractAppender("capture", null, null, true, Property.EMPTY_ARRAY) {
            @Override
            public void append(LogEvent event) {
                if (event.getLevel().isMoreSpecificThan(Level.WARN) && event.getLoggerName().startsWith(ROUTE_LOGGER)) {
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
        logging.getConfiguration().getRootLogger().removeAppender("capture");
        logging.updateLoggers();
        capture.stop();
    }

    @Test
    void anUnreadableOrderNeitherStarvesTheOthersNorStaysForever() throws Exception {
        TestClock clock = new TestClock(Instant.now());
        reportConsumer().setClock(clock);
        // a row without a status makes the broken order's report unreadable, every time
        wireMock.stubFor(post("/get-report").withRequestBody(containing("<id>" + BROKEN + "</id>")).willReturn(xmlAnswer(200,
                "<response><status><code>200</code><message>İşlem başarılı</message></status><order><id>" + BROKEN
                                                                                  + "</id><status>113</status><total>1</total>"
                                                                                  + "<message><number>905300000000</number></message></order></response>")));
        wireMock.stubFor(post("/get-report").withRequestBody(containing("<id>" + HEALTHY + "</id>"))
                .willReturn(xmlAnswer(200, ReportXml.page(HEALTHY, 114, List.of(111, 112), 1, 1000))));
        MockEndpoint updates = getMockEndpoint("mock:updates");
        updates.expectedMessageCount(3);

        poll();

        updates.assertIsSatisfied();
        assertThat(updates.getReceivedExchanges()).allSatisfy(
                exchange -> assertThat(exchange.getMessage().getHeader(IletiMerkeziConstants.ORDER_ID)).isEqualTo(HEALTHY));
        assertThat(reportRequests(HEALTHY)).isEqualTo(1);
        assertThat(reportConsumer().getTrackedOrderIds()).containsExactly(BROKEN);
        assertThat(warnings).singleElement().satisfies(warning -> {
            assertThat(warning.getThrown()).as("no stack trace at WARN").isNull();
            assertThat(warning.getMessage().getFormattedMessage())
                    .contains("İleti Merkezi report of order " + BROKEN + " failed", "a report row has no number or no numeric status",
                            "HTTP 200", "it is tried again at the next poll")
                    .doesNotContain("\n");
        });

        // backed off: tried at polls 1, 2, 4, 8, ... never dropped for failing (issue 19 point 1); bounded loop
        for (int polls = 1; polls < 100; polls++) {
            poll();
        }
        assertThat(reportConsumer().getTrackedOrderIds()).containsExactly(BROKEN);
        assertThat(reportRequests(BROKEN)).as("backed off: 1 + 1 + 2 + 4 + 8 + 16... tries, not one per poll")
                .isLessThanOrEqualTo(10);
        assertThat(warnings).as("one line per failed try").hasSize(reportRequests(BROKEN));

        // only the age limit ends it, with a WARN naming it
        clock.advance(Duration.ofDays(91));
        poll();
        assertThat(reportConsumer().getTrackedOrderIds()).isEmpty();
        assertThat(warnings.get(warnings.size() - 1).getMessage().getFormattedMessage())
                .contains("Order " + BROKEN + " was followed for longer than maxOrderAge", "no longer followed");
    }

    @Test
    void messagesOfOneOrderToTheSameNumberEachGetTheirUpdate() throws Exception {
        // several texts of one order may go to one number: each row is its own message
        wireMock.stubFor(post("/get-report").withRequestBody(containing("<id>" + HEALTHY + "</id>"))
                .willReturn(xmlAnswer(200, "<response><status><code>200</code><message>İşlem başarılı</message></status>"
                                           + "<order><id>" + HEALTHY + "</id><status>113</status><total>3</total>"
                                           + "<delivered>2</delivered><undelivered>0</undelivered><waiting>1</waiting>"
                                           + "<message><number>905301234567</number><status>111</status></message>"
                                           + "<message><number>905301234567</number><status>111</status></message>"
                                           + "<message><number>905301234567</number><status>110</status></message>"
                                           + "</order></response>")));
        wireMock.stubFor(post("/get-report").withRequestBody(containing("<id>" + BROKEN + "</id>"))
                .willReturn(xmlAnswer(456, ReportXml.status(456, "Sipariş gönderim tarihi henüz gelmedi"))));
        MockEndpoint updates = getMockEndpoint("mock:updates");
        updates.expectedMessageCount(2);

        poll();
        poll();

        updates.assertIsSatisfied();
        assertThat(updates.getReceivedExchanges()).extracting(e -> e.getMessage().getBody(DeliveryUpdate.class).number())
                .containsExactly("905301234567", "905301234567");
    }

    private void poll() {
        reportConsumer().run();
    }

    private IletiMerkeziReportConsumer reportConsumer() {
        return (IletiMerkeziReportConsumer) context.getRoute("reports").getConsumer();
    }

    private static int reportRequests(String orderId) {
        return wireMock.findAll(postRequestedFor(urlEqualTo("/get-report")).withRequestBody(containing("<id>" + orderId + "</id>")))
                .size();
    }
}
