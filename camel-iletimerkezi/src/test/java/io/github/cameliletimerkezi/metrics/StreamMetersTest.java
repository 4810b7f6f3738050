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
package io.github.cameliletimerkezi.metrics;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.cameliletimerkezi.IletiMerkeziConstants;
import io.github.cameliletimerkezi.IletiMerkeziTestSupport;
import io.github.cameliletimerkezi.ReportXml;
import io.github.cameliletimerkezi.TestClock;
import io.github.cameliletimerkezi.IletiMerkeziReportConsumer;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.LoggingExceptionHandler;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stream's meters while the report consumer follows a sent order to its end against WireMock: updates by final
 * status, the time from send to each final status, polls, report requests, followed orders, the last success's age and
 * the updates a failing route leaves waiting. Polls run one at a time ({@code startScheduler=false}).
 */
class StreamMetersTest extends IletiMerkeziTestSupport {

    private static final String STREAM = "delivery";
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final AtomicInteger failuresToInject = new AtomicInteger();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.getRegistry().bind("meterRegistry", registry);
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:send").to("iletimerkezi:send");
                from("iletimerkezi:report?streamName=" + STREAM + "&startScheduler=false").routeId("reports")
                        .process(exchange -> {
                            if (failuresToInject.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                                throw new IllegalStateException("route failure injected by the test");
                            }
                        })
                        .to("mock:updates");
            }
        };
    }

    @Test
    void sentOrderFollowedToItsEnd() {
        TestClock clock = new TestClock(Instant.parse("2026-12-07T09:00:00Z"));
        reportConsumer().setClock(clock);
        reportConsumer().setExceptionHandler(new LoggingExceptionHandler(context, getClass()));
        wireMock.stubFor(post("/send-sms").willReturn(xmlAnswer(200, "<response><status><code>200</code>"
                + "<message>İşlem başarılı</message></status><order><id>7001</id></order></response>")));
        template.sendBodyAndHeader("direct:send", "Kargonuz yolda", IletiMerkeziConstants.RECIPIENTS,
                List.of(ReportXml.number(0), ReportXml.number(1), ReportXml.number(2)));
        assertThat(gauge("iletimerkezi.stream.followed.orders")).isEqualTo(1);

        // 30 s after the send: the first recipient's route fails, the second is undelivered, the third still waits
        clock.advance(Duration.ofSeconds(30));
        reportIs(113, List.of(111, 112, 110));
        failuresToInject.set(1);
        reportConsumer().run();

        assertThat(gauge("iletimerkezi.stream.followed.orders")).isEqualTo(1);
        assertThat(gauge("iletimerkezi.stream.updates.waiting")).isEqualTo(1);
        assertThat(updates("recipient", "undelivered")).isEqualTo(1);
        assertThat(updates("recipient", "delivered")).isZero();
        assertThat(deliveryTime("recipient", "undelivered").totalTime(TimeUnit.SECONDS)).isEqualTo(30);

        // 90 s after the send: the waiting update comes again, the third recipient is delivered, the order completes
        clock.advance(Duration.ofSeconds(60));
        reportIs(114, List.of(111, 112, 111));
        reportConsumer().run();

        assertThat(gauge("iletimerkezi.stream.updates.waiting")).isZero();
        assertThat(gauge("iletimerkezi.stream.followed.orders")).isZero();
        assertThat(updates("recipient", "delivered")).isEqualTo(2);
        assertThat(updates("recipient", "undelivered")).isEqualTo(1);
        assertThat(updates("order", "completed")).isEqualTo(1);
        Timer delivered = deliveryTime("recipient", "delivered");
        assertThat(delivered.count()).isEqualTo(2);
        assertThat(delivered.totalTime(TimeUnit.SECONDS)).isEqualTo(180);
        assertThat(deliveryTime("order", "completed").totalTime(TimeUnit.SECONDS)).isEqualTo(90);
        Timer polls = registry.get("iletimerkezi.stream.polls").tag("stream", STREAM).tag("outcome", "success").timer();
        assertThat(polls.count()).isEqualTo(2);
        assertThat(registry.get("iletimerkezi.stream.polls").tag("outcome", "failure").timer().count()).isZero();
        assertThat(registry.get("iletimerkezi.stream.poll.requests").tag("stream", STREAM).summary().totalAmount())
                .as("one report page per poll").isEqualTo(2);
        assertThat(gauge("iletimerkezi.stream.last.success.age")).isBetween(0.0, 5.0);
        assertThat(getMockEndpoint("mock:updates").getReceivedCounter()).isEqualTo(4);
    }

    @Test
    void failedPollIsTimedAsAFailureAndTheLastSuccessAges() {
        reportConsumer().setExceptionHandler(new LoggingExceptionHandler(context, getClass()));
        wireMock.stubFor(post("/get-report").willReturn(xmlAnswer(503,
                "<response><status><code>503</code><message>Servis kullanılamıyor</message></status></response>")));
        context.getComponent("iletimerkezi", io.github.cameliletimerkezi.IletiMerkeziComponent.class).trackOrder("428");
        double ageBefore = gauge("iletimerkezi.stream.last.success.age");

        reportConsumer().run();

        assertThat(registry.get("iletimerkezi.stream.polls").tag("outcome", "failure").timer().count()).isEqualTo(1);
        assertThat(registry.get("iletimerkezi.stream.polls").tag("outcome", "success").timer().count()).isZero();
        assertThat(gauge("iletimerkezi.stream.last.success.age")).isGreaterThanOrEqualTo(ageBefore);
        assertThat(gauge("iletimerkezi.stream.followed.orders")).as("an account-wide failure drops no order").isEqualTo(1);
    }

    @Test
    void stoppedConsumerTakesItsGaugesAwayAndARestartRegistersThemAgain() throws Exception {
        assertThat(registry.find("iletimerkezi.stream.followed.orders").gauge()).isNotNull();

        context.getRouteController().stopRoute("reports");
        assertThat(registry.find("iletimerkezi.stream.followed.orders").gauge()).isNull();
        assertThat(registry.find("iletimerkezi.stream.updates.waiting").gauge()).isNull();

        context.getRouteController().startRoute("reports");
        context.getComponent("iletimerkezi", io.github.cameliletimerkezi.IletiMerkeziComponent.class).trackOrder("428");
        assertThat(gauge("iletimerkezi.stream.followed.orders")).isEqualTo(1);
    }

    private IletiMerkeziReportConsumer reportConsumer() {
        return (IletiMerkeziReportConsumer) context.getRoute("reports").getConsumer();
    }

    private static void reportIs(int orderStatus, List<Integer> statuses) {
        wireMock.resetMappings();
        wireMock.stubFor(post("/get-report").willReturn(xmlAnswer(200, ReportXml.page("7001", orderStatus, statuses, 1, 1000))));
    }

    private double gauge(String name) {
        return registry.get(name).tag("stream", STREAM).gauge().value();
    }

    private double updates(String type, String status) {
        return registry.get("iletimerkezi.delivery.updates").tag("stream", STREAM).tag("type", type).tag("status", status)
                .counter().count();
    }

    private Timer deliveryTime(String type, String status) {
        return registry.get("iletimerkezi.delivery.time").tag("stream", STREAM).tag("type", type).tag("status", status)
                .timer();
    }
}
