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
package io.github.cameliletimerkezi.health;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.github.cameliletimerkezi.ReportXml;
import io.github.cameliletimerkezi.IletiMerkeziReportConsumer;
import org.apache.camel.BindToRegistry;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheck.State;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 19 point 1: a failure of the whole account (a rotated key, API access switched off, a rate limit, a
 * maintenance page, the idempotent repository's database down) never costs an order. Before the change, about 100
 * polls of 401 left no order followed and 0 updates arrived once the credentials worked; now both orders are kept, the
 * health check is DOWN naming the cause meanwhile, and every update arrives once it is fixed.
 */
class AccountWideFailureTest extends HealthCheckTestSupport {

    private static final String CHECK = "consumer:reports";

    @BindToRegistry("updatesRepository")
    private final FlakyRepository repository = new FlakyRepository();

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("iletimerkezi:report?orderId=701,702&useOrderList=false&startScheduler=false"
                     + "&idempotentRepository=#updatesRepository").routeId("reports").to("mock:updates");
            }
        };
    }

    @ParameterizedTest
    @ValueSource(strings = { "401", "403", "429", "maintenance page", "repository down" })
    void everyOrderIsKeptAndEveryUpdateArrivesOnceFixed(String cause) throws Exception {
        MockEndpoint updates = getMockEndpoint("mock:updates");
        switch (cause) {
            case "maintenance page" -> failWith(aResponse().withStatus(200).withHeader("Content-Type", "text/html")
                    .withBody("<html><body>Bakım çalışması</body></html>"));
            case "repository down" -> {
                reportsAreFinal();
                repository.down.set(true);
            }
            default -> failWith(xmlAnswer(Integer.parseInt(cause), ReportXml.status(Integer.parseInt(cause), "Hata")));
        }

        for (int i = 0; i < 100; i++) {
            reportConsumer().run();
        }

        assertThat(reportConsumer().getTrackedOrderIds()).containsExactlyInAnyOrder("701", "702");
        assertThat(updates.getReceivedCounter()).isZero();
        HealthCheck.Result down = check(CHECK).orElseThrow(() -> new AssertionError(readinessIds())).call();
        assertThat(down.getState()).isEqualTo(State.DOWN);
        String named = down.getMessage().orElse("") + " " + down.getError().map(Throwable::getMessage).orElse("")
                       + " " + down.getDetails();
        assertThat(named).contains("whole stream");
        if (cause.matches("\\d+")) {
            assertThat(down.getDetails()).containsEntry(HealthCheck.HTTP_RESPONSE_CODE, Integer.parseInt(cause));
        } else if (cause.equals("repository down")) {
            assertThat(named).contains("idempotentRepository", "database is down");
        } else {
            assertThat(named).contains("unreadable answer");
        }

        // fixed: every update arrives, once
        repository.down.set(false);
        reportsAreFinal();
        updates.expectedMessageCount(6);
        reportConsumer().run();
        reportConsumer().run();
        updates.assertIsSatisfied();
        assertThat(reportConsumer().getTrackedOrderIds()).isEmpty();
        assertThat(check(CHECK).orElseThrow().call().getState()).isEqualTo(State.UP);
    }

    private static void failWith(ResponseDefinitionBuilder answer) {
        wireMock.stubFor(post("/get-report").willReturn(answer));
    }

    private static void reportsAreFinal() {
        for (String order : List.of("701", "702")) {
            wireMock.stubFor(post("/get-report").withRequestBody(containing("<id>" + order + "</id>"))
                    .willReturn(xmlAnswer(200, ReportXml.page(order, 114, List.of(111, 112), 1, 1000))));
        }
    }

    private IletiMerkeziReportConsumer reportConsumer() {
        return (IletiMerkeziReportConsumer) context.getRoute("reports").getConsumer();
    }

    /** An idempotent repository whose database can be switched off. */
    static final class FlakyRepository extends MemoryIdempotentRepository {
        final AtomicBoolean down = new AtomicBoolean();

        @Override
        public boolean contains(String key) {
            check();
            return super.contains(key);
        }

        @Override
        public boolean add(String key) {
            check();
            return super.add(key);
        }

        private void check() {
            if (down.get()) {
                throw new IllegalStateException("the database is down");
            }
        }
    }
}
