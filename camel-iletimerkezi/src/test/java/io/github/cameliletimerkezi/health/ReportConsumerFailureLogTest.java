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

import io.github.cameliletimerkezi.CapturedLog;
import io.github.cameliletimerkezi.IletiMerkeziReportConsumer;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.github.cameliletimerkezi.ProducerHealthCheckTest.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A wrong password fails every poll of a report route until someone fixes it: the failure is logged at WARN once per
 * streak, naming the settings to check, and the first poll that succeeds again says so.
 */
class ReportConsumerFailureLogTest extends HealthCheckTestSupport {

    private static final String LOGGER = IletiMerkeziReportConsumer.class.getName() + " ";
    private static CapturedLog log;

    @BeforeAll
    static void captureLog() {
        log = new CapturedLog();
        log.start();
    }

    @AfterAll
    static void releaseLog() {
        log.stop();
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("iletimerkezi:report?delay=50&initialDelay=0").routeId("reports").to("mock:updates");
            }
        };
    }

    @Test
    void aWrongPasswordIsOneWarningPerStreakAndTheRecoveryIsSaid() {
        wireMock.stubFor(post("/get-balance").willReturn(xmlAnswer(401, status(401, "Üyelik bilgileri hatalı"))));

        await().atMost(Duration.ofSeconds(10)).until(() -> wireMock.countRequestsMatching(
                postRequestedFor(urlEqualTo("/get-balance")).build()).getCount() >= 5);

        List<String> warnings = consumerLines().stream().filter(line -> line.contains("401")).toList();
        assertThat(warnings).as("five failed polls, one line").hasSize(1);
        assertThat(warnings.get(0)).contains("password").doesNotContain(PASSWORD);

        wireMock.stubFor(post("/get-balance").willReturn(sampleAnswer(200, "balance.xml")));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(consumerLines())
                .anySatisfy(line -> assertThat(line).matches("(?s).*polls succeed again, after \\d+ failures.*")));
    }

    /** What the consumer logged above DEBUG: its repeats ("Again: ") and stack traces are at DEBUG. */
    private static List<String> consumerLines() {
        return log.text().lines().filter(line -> line.startsWith(LOGGER))
                .map(line -> line.substring(LOGGER.length()))
                .filter(line -> !line.startsWith("Again: ") && !line.startsWith("Stack trace of: ")).toList();
    }
}
