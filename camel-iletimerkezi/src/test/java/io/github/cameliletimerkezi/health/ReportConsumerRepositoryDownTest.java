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

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import io.github.cameliletimerkezi.ReportXml;
import io.github.cameliletimerkezi.model.DeliveryUpdate;
import org.apache.camel.RuntimeCamelException;
import org.apache.camel.ServiceStatus;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheck.State;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A state repository whose database is down when the route starts: the route starts anyway, the consumer's health
 * check is DOWN naming the repository, nothing is asked or emitted; once the database is back the orders it kept and
 * the orders followed meanwhile are polled, and every update is emitted once.
 */
class ReportConsumerRepositoryDownTest extends HealthCheckTestSupport {

    private static final String CHECK = "consumer:reports";

    private final DatabaseBackedState state = new DatabaseBackedState();

    @Override
    protected void bindToRegistry(org.apache.camel.spi.Registry registry) {
        registry.bind("orders", state);
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("iletimerkezi:report?stateRepository=#orders&orderId=7002&delay=100&initialDelay=0")
                        .routeId("reports").to("mock:updates");
            }
        };
    }

    @Test
    void downAtStartShowsDownNamingTheRepositoryThenLosesNothing() throws Exception {
        wireMock.stubFor(post("/get-report").withRequestBody(containing("<id>7001</id>")).willReturn(xmlAnswer(200,
                ReportXml.page("7001", 114, List.of(111), 1, 1000))));
        wireMock.stubFor(post("/get-report").withRequestBody(containing("<id>7002</id>")).willReturn(xmlAnswer(200,
                ReportXml.page("7002", 114, List.of(112), 1, 1000))));
        MockEndpoint updates = getMockEndpoint("mock:updates");
        updates.expectedMessageCount(0);

        assertThat(context.getRouteController().getRouteStatus("reports")).isEqualTo(ServiceStatus.Started);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            HealthCheck.Result result = check(CHECK).orElseThrow(() -> new AssertionError(readinessIds())).call();
            assertThat(result.getState()).isEqualTo(State.DOWN);
            assertThat(result.getError()).get(org.assertj.core.api.InstanceOfAssertFactories.THROWABLE)
                    .hasMessageContaining("stateRepository").hasMessageContaining("database unreachable");
        });
        updates.assertIsSatisfied();
        wireMock.verify(0, postRequestedFor(urlEqualTo("/get-report")));

        // the database comes back holding an order a previous run followed
        state.comeBack("iletimerkezi.reports.orders", "7001=OPTION");
        updates.reset();
        updates.expectedMessageCount(4);
        updates.assertIsSatisfied(10_000);

        assertThat(updates.getExchanges()).map(e -> e.getMessage().getBody()).filteredOn(DeliveryUpdate.class::isInstance)
                .map(body -> ((DeliveryUpdate) body).orderId() + "/" + ((DeliveryUpdate) body).statusCode())
                .containsExactlyInAnyOrder("7001/111", "7002/112");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                check(CHECK).orElseThrow().call().getState()).isEqualTo(State.UP));
    }

    /** A state repository in a database that is unreachable until {@link #comeBack}. */
    static final class DatabaseBackedState extends MemoryStateRepository {

        private final AtomicBoolean reachable = new AtomicBoolean();

        void comeBack(String key, String value) {
            super.setState(key, value);
            reachable.set(true);
        }

        @Override
        protected void doStart() throws Exception {
            unreachable();
            super.doStart();
        }

        @Override
        public String getState(String key) {
            unreachable();
            return super.getState(key);
        }

        @Override
        public void setState(String key, String value) {
            unreachable();
            super.setState(key, value);
        }

        private void unreachable() {
            if (!reachable.get()) {
                throw new RuntimeCamelException("database unreachable");
            }
        }
    }
}
