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
import java.time.Duration;

import io.github.cameliletimerkezi.IletiMerkeziConstants;
import io.github.cameliletimerkezi.model.IletiMerkeziResponse;
import io.github.cameliletimerkezi.sandbox.IletiMerkeziSandbox;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckRegistry;
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
 * The example application, configured only through application.properties (here pointed at the sandbox on a free
 * port): the send route reaches the sandbox, the report route sees the delivery outcome, and Actuator's health
 * includes the producer check with the account's credits.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SmsApplicationTest {

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
        SandboxProperties.register(registry, SANDBOX, "9c2e5a7f1b3d8e6c4a0f");
    }

    @AfterAll
    static void stopSandbox() {
        SANDBOX.stop();
    }

    @Test
    void sendsThroughTheSandboxFollowsTheReportAndShowsHealth() throws Exception {
        long credits = SANDBOX.smsCredits();
        ProducerTemplate template = camelContext.createProducerTemplate();

        IletiMerkeziResponse answer = template.requestBodyAndHeader("direct:notify", "Siparişiniz kargoya verildi",
                IletiMerkeziConstants.RECIPIENTS, "5301234501", IletiMerkeziResponse.class);

        assertThat(answer.getCode()).isEqualTo(200);
        assertThat(SANDBOX.smsCredits()).isEqualTo(credits - 1);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(outcomes.recipientUpdates())
                .singleElement().satisfies(update -> {
                    assertThat(update.orderId()).isEqualTo(answer.getOrderId());
                    assertThat(update.number()).isEqualTo("+905301234501");
                }));

        HealthCheckRegistry registry = HealthCheckRegistry.get(camelContext);
        String producerCheck = registry.getCheckIDs().stream().filter(id -> id.startsWith("producer:iletimerkezi-"))
                .findFirst().orElseThrow(() -> new AssertionError("no producer check among " + registry.getCheckIDs()));
        HealthCheck.Result producer = registry.getCheck(producerCheck).orElseThrow().callReadiness();
        assertThat(producer.getState()).isEqualTo(HealthCheck.State.UP);
        assertThat(producer.getDetails()).containsEntry("credits", credits - 1);

        HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                "http://127.0.0.1:" + environment.getProperty("local.server.port") + "/actuator/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        java.nio.file.Files.writeString(java.nio.file.Path.of("target", "actuator-health.json"), health.body());
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"").contains("camelHealth")
                .contains(producerCheck).contains("consumer:delivery-reports")
                .doesNotContain(SANDBOX.settings().password());
    }
}
