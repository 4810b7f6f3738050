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

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheck.State;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static io.github.cameliletimerkezi.ProducerHealthCheckTest.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The report consumer's health: Camel's scheduled-poll check, DOWN with the provider's status code when a poll fails.
 * A consumer following no order verifies the credentials on its polls until they are accepted, so a wrong password
 * shows DOWN from the first poll on.
 */
class ReportConsumerHealthCheckTest extends HealthCheckTestSupport {

    private static final String CHECK = "consumer:reports";

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("iletimerkezi:report?delay=100&initialDelay=0").routeId("reports").to("mock:updates");
            }
        };
    }

    @Test
    void wrongCredentialsShowDownWith401() throws Exception {
        wireMock.stubFor(post("/get-balance").willReturn(xmlAnswer(401, status(401, "Üyelik bilgileri hatalı"))));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            HealthCheck.Result result = check(CHECK).orElseThrow(() -> new AssertionError(readinessIds())).call();
            assertThat(result.getState()).isEqualTo(State.DOWN);
            assertThat(result.getDetails()).containsEntry(HealthCheck.HTTP_RESPONSE_CODE, 401);
        });
        HealthCheck.Result result = check(CHECK).orElseThrow(() -> new AssertionError(readinessIds())).call();
        assertThat(result.getDetails().toString()).doesNotContain(PASSWORD);
    }

    @Test
    void acceptedCredentialsShowUp() throws Exception {
        wireMock.stubFor(post("/get-balance").willReturn(sampleAnswer(200, "balance.xml")));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            HealthCheck.Result result = check(CHECK).orElseThrow(() -> new AssertionError(readinessIds())).call();
            assertThat(result.getState()).isEqualTo(State.UP);
            assertThat(result.getDetails()).containsKey(HealthCheck.SUCCESS_COUNT);
            assertThat(((Number) result.getDetails().get(HealthCheck.SUCCESS_COUNT)).longValue()).isPositive();
        });
    }
}
