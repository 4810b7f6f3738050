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
package io.github.cameliletimerkezi.example.springboot;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.cameliletimerkezi.IletiMerkeziConstants;
import io.github.cameliletimerkezi.metrics.IletiMerkeziMeter;
import io.github.cameliletimerkezi.model.IletiMerkeziResponse;
import io.github.cameliletimerkezi.sandbox.IletiMerkeziSandbox;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The example application with Actuator's Prometheus endpoint exposed: after a send and its delivery against the
 * sandbox, /actuator/prometheus shows the component's meters with the values they should have, each under the name
 * {@link IletiMerkeziMeter#prometheusName()} gives (the one docs/metrics.md lists).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
                properties = "management.endpoints.web.exposure.include=health,prometheus")
class PrometheusMetersTest {

    private static final IletiMerkeziSandbox SANDBOX = IletiMerkeziSandbox.builder().smsCredits(1000)
            .deliveryDelay(Duration.ofMillis(200)).failureRatio(0).start();

    @Autowired
    private CamelContext camelContext;
    @Autowired
    private DeliveryOutcomes outcomes;
    @Autowired
    private Environment environment;

    @DynamicPropertySource
    static void sandboxProperties(DynamicPropertyRegistry registry) {
        SandboxProperties.register(registry, SANDBOX, "5d1f8b3e7a9c2e4f6b0d");
    }

    @AfterAll
    static void stopSandbox() {
        SANDBOX.stop();
    }

    @Test
    void sendAndDeliveryShowAtTheScrape() throws Exception {
        long credits = SANDBOX.smsCredits();
        ProducerTemplate template = camelContext.createProducerTemplate();

        IletiMerkeziResponse answer = template.requestBodyAndHeader("direct:notify", "Siparişiniz kargoya verildi",
                IletiMerkeziConstants.RECIPIENTS, "5301234501,5301234502", IletiMerkeziResponse.class);
        assertThat(answer.getCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(20)).until(() -> outcomes.recipientUpdates().size() == 2);
        // the readiness probe reads the balance; the gauges show what it read
        assertThat(get("/actuator/health").statusCode()).isEqualTo(200);

        String scrape = await().atMost(Duration.ofSeconds(20)).ignoreExceptions().until(() -> get("/actuator/prometheus").body(),
                body -> value(body, "iletimerkezi_delivery_updates_total", "type=\"order\"", "status=\"completed\"") == 1);
        Files.writeString(Path.of("target", "actuator-prometheus.txt"), scrape);

        assertThat(value(scrape, "iletimerkezi_sms_orders_total", "outcome=\"accepted\"")).isEqualTo(1);
        assertThat(value(scrape, "iletimerkezi_sms_recipients_total", "outcome=\"accepted\"")).isEqualTo(2);
        assertThat(value(scrape, "iletimerkezi_sms_parts_total", "outcome=\"accepted\"")).isEqualTo(2);
        assertThat(value(scrape, "iletimerkezi_sms_credits_total", "outcome=\"accepted\"")).isEqualTo(2);
        assertThat(value(scrape, "iletimerkezi_delivery_updates_total", "stream=\"deliveries\"", "type=\"recipient\"",
                "status=\"delivered\"")).isEqualTo(2);
        assertThat(value(scrape, "iletimerkezi_delivery_time_seconds_count", "type=\"recipient\"", "status=\"delivered\""))
                .isEqualTo(2);
        assertThat(value(scrape, "iletimerkezi_delivery_time_seconds_sum", "type=\"order\"")).isPositive().isLessThan(20);
        assertThat(value(scrape, "iletimerkezi_stream_followed_orders", "stream=\"deliveries\"")).isZero();
        assertThat(value(scrape, "iletimerkezi_stream_updates_waiting", "stream=\"deliveries\"")).isZero();
        assertThat(value(scrape, "iletimerkezi_stream_polls_seconds_count", "outcome=\"success\"")).isPositive();
        assertThat(value(scrape, "iletimerkezi_stream_poll_requests_sum", "stream=\"deliveries\"")).isPositive();
        assertThat(value(scrape, "iletimerkezi_stream_last_success_age_seconds", "stream=\"deliveries\""))
                .isBetween(0.0, 10.0);
        assertThat(value(scrape, "iletimerkezi_balance_credits")).isEqualTo(credits - 2).isEqualTo(SANDBOX.smsCredits());
        for (IletiMerkeziMeter meter : IletiMerkeziMeter.values()) {
            // the names docs/metrics.md lists, as the scrape shows them
            boolean sampled = meter.type() == IletiMerkeziMeter.Type.TIMER || meter.type() == IletiMerkeziMeter.Type.SUMMARY;
            String series = meter.prometheusName() + (sampled ? "_count" : "");
            if (meter != IletiMerkeziMeter.WEBHOOK_PUSHES) {
                assertThat(scrape).as(meter.name()).containsPattern("(?m)^" + series + "[{ ]");
            }
        }
        assertThat(scrape).doesNotContain("5301234501").doesNotContain(answer.getOrderId())
                .doesNotContain(SANDBOX.settings().password());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                "http://127.0.0.1:" + environment.getProperty("local.server.port") + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The sample of a metric whose labels include every one given; fails when there is none. */
    private static double value(String scrape, String metric, String... labels) {
        Matcher line = Pattern.compile("(?m)^" + metric + "(\\{[^}]*\\})? (\\S+)").matcher(scrape);
        while (line.find()) {
            String found = line.group(1) == null ? "" : line.group(1);
            boolean all = true;
            for (String label : labels) {
                all &= found.contains(label);
            }
            if (all) {
                return Double.parseDouble(line.group(2));
            }
        }
        throw new AssertionError("no " + metric + " with " + String.join(",", labels) + " in the scrape");
    }
}
