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

import java.io.IOException;
import java.net.ServerSocket;
import java.util.stream.Collectors;

import io.github.cameliletimerkezi.health.HealthCheckTestSupport;

import org.apache.camel.Producer;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheck.State;
import org.apache.camel.health.HealthCheckRegistry;
import org.apache.camel.impl.health.AbstractHealthCheck;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The producer health check against get-balance answers in the provider's wire format: UP with credits and amount,
 * DOWN with the provider's status (401, 503), DOWN on a refused connection, DOWN under the minimum credit count; one
 * request per cache window; readiness only; no credential in what it reports.
 */
public class ProducerHealthCheckTest extends HealthCheckTestSupport {

    private static final String CHECK = "producer:iletimerkezi-";

    @Test
    void upWithCreditsAndAmountAndOneRequestPerCacheWindow() throws Exception {
        wireMock.stubFor(post("/get-balance").willReturn(sampleAnswer(200, "balance.xml")));
        startProducer("iletimerkezi:send");

        HealthCheck.Result first = readiness(CHECK).orElseThrow(() -> new AssertionError(readinessIds()));
        HealthCheck.Result second = readiness(CHECK).orElseThrow(() -> new AssertionError(readinessIds()));

        assertThat(first.getState()).isEqualTo(State.UP);
        assertThat(first.getDetails()).containsEntry(IletiMerkeziProducerHealthCheck.CREDITS, 100L)
                .containsKey(IletiMerkeziProducerHealthCheck.AMOUNT);
        assertThat(first.getDetails().get(IletiMerkeziProducerHealthCheck.AMOUNT).toString()).isEqualTo("1");
        assertThat(second.getState()).isEqualTo(State.UP);
        wireMock.verify(1, postRequestedFor(urlPathEqualTo("/get-balance")));
        assertNoCredential(first);
    }

    @Test
    void aCacheTimeOfZeroAsksEveryTime() throws Exception {
        wireMock.stubFor(post("/get-balance").willReturn(sampleAnswer(200, "balance.xml")));
        startProducer("iletimerkezi:send?healthCheckCacheTime=0");

        readiness(CHECK).orElseThrow(() -> new AssertionError(readinessIds()));
        readiness(CHECK).orElseThrow(() -> new AssertionError(readinessIds()));

        wireMock.verify(2, postRequestedFor(urlPathEqualTo("/get-balance")));
    }

    @Test
    void downWith401OnWrongCredentials() throws Exception {
        wireMock.stubFor(post("/get-balance").willReturn(xmlAnswer(401, status(401, "Üyelik bilgileri hatalı"))));
        startProducer("iletimerkezi:send");

        HealthCheck.Result result = readiness(CHECK).orElseThrow(() -> new AssertionError(readinessIds()));
        readiness(CHECK).orElseThrow(() -> new AssertionError(readinessIds()));

        assertThat(result.getState()).isEqualTo(State.DOWN);
        assertThat(result.getDetails()).containsEntry(HealthCheck.HTTP_RESPONSE_CODE, 401)
                .containsEntry(AbstractHealthCheck.SERVICE_STATUS_CODE, 401)
                .containsEntry(IletiMerkeziProducerHealthCheck.STATUS_MESSAGE, "Üyelik bilgileri hatalı");
        assertThat(result.getMessage()).hasValueSatisfying(message -> assertThat(message).contains("401").contains("wrong credentials"));
        wireMock.verify(1, postRequestedFor(urlPathEqualTo("/get-balance")));
        assertNoCredential(result);
    }

    @Test
    void downWith503WhenTheProviderIsDown() throws Exception {
        wireMock.stubFor(post("/get-balance").willReturn(xmlAnswer(503, status(503, "Servis kullanılamıyor"))));
        startProducer("iletimerkezi:send");

        HealthCheck.Result result = readiness(CHECK).orElseThrow(() -> new AssertionError(readinessIds()));

        assertThat(result.getState()).isEqualTo(State.DOWN);
        assertThat(result.getDetails()).containsEntry(HealthCheck.HTTP_RESPONSE_CODE, 503);
        assertThat(result.getMessage()).hasValueSatisfying(message -> assertThat(message).contains("503"));
    }

    @Test
    void downNamingTheConnectionFailure() throws Exception {
        startProducer("iletimerkezi:send?baseUrl=http://127.0.0.1:" + closedPort() + "/v1&connectTimeout=2s");

        HealthCheck.Result result = readiness(CHECK).orElseThrow(() -> new AssertionError(readinessIds()));

        assertThat(result.getState()).isEqualTo(State.DOWN);
        assertThat(result.getError()).isPresent();
        assertThat(result.getMessage()).hasValueSatisfying(message -> assertThat(message)
                .contains("did not answer").containsIgnoringCase("refused"));
        assertNoCredential(result);
    }

    @Test
    void downUnderTheMinimumCredits() throws Exception {
        wireMock.stubFor(post("/get-balance").willReturn(sampleAnswer(200, "balance.xml")));
        startProducer("iletimerkezi:send?healthCheckMinimumCredits=500");

        HealthCheck.Result result = readiness(CHECK).orElseThrow(() -> new AssertionError(readinessIds()));

        assertThat(result.getState()).isEqualTo(State.DOWN);
        assertThat(result.getDetails()).containsEntry(IletiMerkeziProducerHealthCheck.CREDITS, 100L)
                .containsEntry(IletiMerkeziProducerHealthCheck.MINIMUM_CREDITS, 500L);
        assertThat(result.getMessage()).hasValueSatisfying(message -> assertThat(message)
                .contains("100").contains("minimum of 500"));
    }

    @Test
    void readinessOnlyAndOnePerEndpoint() throws Exception {
        wireMock.stubFor(post("/get-balance").willReturn(sampleAnswer(200, "balance.xml")));
        startProducer("iletimerkezi:send");
        startProducer("iletimerkezi:balance");
        startProducer("iletimerkezi:balance");

        assertThat(liveness(CHECK)).isEmpty();
        assertThat(HealthCheckRegistry.get(context).getCheckIDs().stream().filter(id -> id.startsWith(CHECK))
                .collect(Collectors.toSet())).hasSize(2);
        assertThat(check(CHECK).orElseThrow().isReadiness()).isTrue();
        assertThat(check(CHECK).orElseThrow().isLiveness()).isFalse();
    }

    @Test
    void switchedOffByHealthCheckProducerEnabled() throws Exception {
        wireMock.stubFor(post("/get-balance").willReturn(sampleAnswer(200, "balance.xml")));
        context.getComponent("iletimerkezi", io.github.cameliletimerkezi.IletiMerkeziComponent.class)
                .setHealthCheckProducerEnabled(false);
        startProducer("iletimerkezi:send");

        assertThat(check(CHECK).orElseThrow().isEnabled()).isFalse();
        readiness(CHECK);
        wireMock.verify(0, postRequestedFor(urlPathEqualTo("/get-balance")));
    }

    @Test
    void removedWhenTheProducerStops() throws Exception {
        wireMock.stubFor(post("/get-balance").willReturn(sampleAnswer(200, "balance.xml")));
        Producer producer = startProducer("iletimerkezi:send");
        assertThat(check(CHECK)).isPresent();

        producer.stop();

        assertThat(check(CHECK)).isEmpty();
    }

    private Producer startProducer(String uri) throws Exception {
        Producer producer = context.getEndpoint(uri, IletiMerkeziEndpoint.class).createProducer();
        assertThat(producer).isInstanceOf(IletiMerkeziProducer.class);
        producer.start();
        return producer;
    }

    private static void assertNoCredential(HealthCheck.Result result) {
        String shown = result.getDetails() + " " + result.getMessage().orElse("")
                       + result.getError().map(Throwable::toString).orElse("");
        assertThat(shown).doesNotContain(PASSWORD).doesNotContain(USERNAME);
    }

    public static String status(int code, String message) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<response>\n  <status>\n    <code>" + code
               + "</code>\n    <message>" + message + "</message>\n  </status>\n</response>\n";
    }

    static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
