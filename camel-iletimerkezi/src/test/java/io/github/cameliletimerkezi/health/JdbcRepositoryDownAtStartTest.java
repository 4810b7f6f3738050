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

import io.github.cameliletimerkezi.jdbc.JdbcStateRepository;
import org.apache.camel.ServiceStatus;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheck.State;
import org.apache.camel.spi.Registry;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.THROWABLE;
import static org.awaitility.Awaitility.await;

/**
 * The PostgreSQL state repository with no database listening: the route starts, and the report consumer's health check
 * is DOWN naming the repository and its table; nothing is asked of the provider.
 */
class JdbcRepositoryDownAtStartTest extends HealthCheckTestSupport {

    @Override
    protected void bindToRegistry(Registry registry) {
        PGSimpleDataSource nowhere = new PGSimpleDataSource();
        // port 1 on loopback: refused at once, no database there
        nowhere.setURL("jdbc:postgresql://127.0.0.1:1/iletimerkezi?connectTimeout=2");
        registry.bind("orders", new JdbcStateRepository(nowhere));
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("iletimerkezi:report?stateRepository=#orders&orderId=7003&delay=100&initialDelay=0")
                        .routeId("reports").to("mock:updates");
            }
        };
    }

    @Test
    void theRouteStartsAndTheCheckNamesTheRepository() {
        assertThat(context.getRouteController().getRouteStatus("reports")).isEqualTo(ServiceStatus.Started);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            HealthCheck.Result result = check("consumer:reports").orElseThrow(() -> new AssertionError(readinessIds()))
                    .call();
            assertThat(result.getState()).isEqualTo(State.DOWN);
            assertThat(result.getError()).get(THROWABLE).hasMessageContaining("stateRepository")
                    .hasMessageContaining("JdbcStateRepository (table iletimerkezi_state)");
        });
        wireMock.verify(0, anyRequestedFor(anyUrl()));
    }
}
