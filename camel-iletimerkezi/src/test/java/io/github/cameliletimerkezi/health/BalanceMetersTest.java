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

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.camel.CamelContext;
import org.apache.camel.Producer;
import org.apache.camel.health.HealthCheck.State;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The balance gauges show what the producer health check and the balance operation read, and make no request of
 * their own: a scrape reads the last answer.
 */
class BalanceMetersTest extends HealthCheckTestSupport {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.getRegistry().bind("meterRegistry", registry);
        return context;
    }

    @Test
    void healthCheckAnswerFeedsTheGaugesWithoutARequestOfTheirOwn() throws Exception {
        wireMock.stubFor(post("/get-balance").willReturn(sampleAnswer(200, "balance.xml")));
        Producer producer = context.getEndpoint("iletimerkezi:send").createProducer();
        producer.start();
        assertThat(registry.get("iletimerkezi.balance.credits").gauge().value()).as("nothing seen yet").isNaN();

        assertThat(readiness("producer:iletimerkezi-").orElseThrow().getState()).isEqualTo(State.UP);
        double credits = registry.get("iletimerkezi.balance.credits").gauge().value();
        double amount = registry.get("iletimerkezi.balance.amount").gauge().value();
        registry.get("iletimerkezi.balance.credits").gauge().value();
        producer.stop();

        assertThat(credits).isEqualTo(100);
        assertThat(amount).isEqualTo(1);
        wireMock.verify(1, postRequestedFor(urlPathEqualTo("/get-balance")));
    }

    @Test
    void balanceOperationFeedsTheGauges() {
        wireMock.stubFor(post("/get-balance").willReturn(xmlAnswer(200, "<response><status><code>200</code>"
                + "<message>İşlem başarılı</message></status><balance><amount>250.75</amount><sms>4210</sms></balance>"
                + "</response>")));

        template.requestBody("iletimerkezi:balance", "");

        assertThat(registry.get("iletimerkezi.balance.credits").gauge().value()).isEqualTo(4210);
        assertThat(registry.get("iletimerkezi.balance.amount").gauge().value()).isEqualTo(250.75);
    }
}
