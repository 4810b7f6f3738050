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
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.github.cameliletimerkezi.IletiMerkeziConstants;
import io.github.cameliletimerkezi.model.DeliveryUpdate;
import io.github.cameliletimerkezi.model.IletiMerkeziResponse;
import io.github.cameliletimerkezi.sandbox.IletiMerkeziSandbox;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The webhook on Spring Boot's servlet engine (camel-platform-http-starter on Spring MVC) behind
 * {@code server.servlet.context-path}, the usual Spring Boot setup: the sandbox pushes its delivery reports to
 * {@code <server>/app/iletimerkezi/<secret>}, and each final one reaches the route; a request without the secret is
 * answered 404 and a body over the cap 413.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
                properties = { "server.servlet.context-path=/app",
                               "camel.component.iletimerkezi.webhook-secret=" + WebhookBehindContextPathTest.SECRET })
@Import(WebhookBehindContextPathTest.WebhookRoute.class)
class WebhookBehindContextPathTest {

    static final String SECRET = "Sb7q2Lx9Vn4Kd8Rw";
    private static final IletiMerkeziSandbox SANDBOX = IletiMerkeziSandbox.builder().smsCredits(1000)
            .deliveryDelay(Duration.ofMillis(200)).failureRatio(0).start();
    private static final List<DeliveryUpdate> RECEIVED = new CopyOnWriteArrayList<>();

    private final HttpClient http = HttpClient.newHttpClient();

    @Autowired
    private CamelContext camelContext;
    @LocalServerPort
    private int port;

    @DynamicPropertySource
    static void sandboxProperties(DynamicPropertyRegistry registry) {
        registry.add("camel.component.iletimerkezi.base-url", SANDBOX::baseUrl);
        registry.add("camel.component.iletimerkezi.username", () -> SANDBOX.settings().username());
        registry.add("camel.component.iletimerkezi.password", () -> SANDBOX.settings().password());
        registry.add("camel.component.iletimerkezi.sender", () -> SANDBOX.settings().senders().iterator().next());
    }

    @AfterAll
    static void stopSandbox() {
        SANDBOX.stop();
    }

    @Test
    void pushesReachTheRouteUnderTheContextPath() throws Exception {
        // only the push reports here: the application's poller would emit the same updates first
        camelContext.getRouteController().stopRoute("delivery-reports");
        SANDBOX.pushReportsTo("http://127.0.0.1:" + port + "/app/context-hooks/" + SECRET);

        IletiMerkeziResponse answer = camelContext.createProducerTemplate().requestBodyAndHeader("direct:notify",
                "Siparişiniz kargoya verildi", IletiMerkeziConstants.RECIPIENTS, "5301234502", IletiMerkeziResponse.class);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(RECEIVED).singleElement()
                .satisfies(update -> {
                    assertThat(update.orderId()).isEqualTo(answer.getOrderId());
                    assertThat(update.number()).isEqualTo("+905301234502");
                    assertThat(update.isFinal()).isTrue();
                }));
        // the sandbox counts a push once its answer came back, which can be after the route saw the update
        await().atMost(Duration.ofSeconds(5)).untilAsserted(
                () -> assertThat(SANDBOX.reportPushes()).as("accepted and final").isEqualTo(2));
    }

    @Test
    void aRequestWithoutTheSecretOrOverTheCapIsRefused() throws Exception {
        String report = "{\"report\":{\"id\":1,\"packet_id\":5,\"status\":\"delivered\",\"to\":\"+905301234503\"}}";

        assertThat(post("/app/context-hooks/wrong-secret-00000000", report)).isEqualTo(404);
        assertThat(post("/app/context-hooks/" + SECRET, report.replace("}}", ",\"body\":\"" + "x".repeat(70_000) + "\"}}")))
                .isEqualTo(413);
        assertThat(RECEIVED).noneMatch(update -> update.orderId().equals("5"));
    }

    private int post(String path, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @TestConfiguration
    static class WebhookRoute extends RouteBuilder {
        @Override
        public void configure() {
            from("iletimerkezi:webhook?path=/context-hooks").routeId("webhook")
                    .process(exchange -> RECEIVED.add(exchange.getMessage().getBody(DeliveryUpdate.class)));
        }
    }
}
