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
package io.github.cameliletimerkezi.metrics;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;

import com.github.tomakehurst.wiremock.http.Fault;
import io.github.cameliletimerkezi.IletiMerkeziComponent;
import io.github.cameliletimerkezi.IletiMerkeziConstants;
import io.github.cameliletimerkezi.IletiMerkeziTestSupport;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The send meters against WireMock answering in the provider's wire format: each outcome counts its orders,
 * recipients, parts and credits, and no tag carries a number, a text or an order id.
 */
class SendMetersTest extends IletiMerkeziTestSupport {

    private static final String ACCEPTED = "<response><status><code>200</code><message>İşlem başarılı</message></status>"
                                           + "<order><id>7001</id></order></response>";
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.getRegistry().bind("meterRegistry", registry);
        return context;
    }

    @Test
    void acceptedOrderCountsItsRecipientsPartsAndCredits() {
        wireMock.stubFor(post("/send-sms").willReturn(xmlAnswer(200, ACCEPTED)));
        // 161 GSM characters: two parts for each of the three recipients
        String text = "a".repeat(161);

        Exchange result = send(text, List.of("5301234567", "5301234568", "5301234569"));

        assertThat(result.getException()).isNull();
        assertThat(count("iletimerkezi.sms.orders", "accepted", "none")).isEqualTo(1);
        assertThat(count("iletimerkezi.sms.recipients", "accepted", "none")).isEqualTo(3);
        assertThat(count("iletimerkezi.sms.parts", "accepted", "none")).isEqualTo(6);
        assertThat(count("iletimerkezi.sms.credits", "accepted", "none"))
                .isEqualTo(((Number) result.getMessage().getHeader(IletiMerkeziConstants.CREDITS)).doubleValue())
                .isEqualTo(6);
    }

    @Test
    void refusedOrderCountsUnderTheProvidersStatus() {
        wireMock.stubFor(post("/send-sms").willReturn(xmlAnswer(402,
                "<response><status><code>402</code><message>Bakiye yetersiz</message></status></response>")));

        send("Kargonuz yolda", List.of(PHONE));
        send("Kargonuz yolda", List.of(PHONE));

        assertThat(count("iletimerkezi.sms.orders", "refused", "402")).isEqualTo(2);
        assertThat(count("iletimerkezi.sms.recipients", "refused", "402")).isEqualTo(2);
        assertThat(count("iletimerkezi.sms.orders", "accepted", "none")).isZero();
        assertThat(count("iletimerkezi.sms.orders", "outcome_unknown", "none")).as("there from the start").isZero();
    }

    @Test
    void refusedConnectionIsNotSentAndAnEmptyAnswerIsOutcomeUnknown() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        wireMock.stubFor(post("/send-sms").willReturn(aResponse().withFault(Fault.EMPTY_RESPONSE)));

        Exchange notSent = template.send("iletimerkezi:send?baseUrl=http://127.0.0.1:" + closedPort, exchange -> {
            exchange.getMessage().setBody("Kargonuz yolda");
            exchange.getMessage().setHeader(IletiMerkeziConstants.RECIPIENTS, List.of(PHONE));
        });
        Exchange unknown = send("Kargonuz yolda", List.of(PHONE, "5301234568"));

        assertThat(notSent.getException()).isNotNull();
        assertThat(unknown.getException()).isNotNull();
        assertThat(count("iletimerkezi.sms.orders", "not_sent", "none")).isEqualTo(1);
        assertThat(count("iletimerkezi.sms.recipients", "not_sent", "none")).isEqualTo(1);
        assertThat(count("iletimerkezi.sms.orders", "outcome_unknown", "none")).isEqualTo(1);
        assertThat(count("iletimerkezi.sms.recipients", "outcome_unknown", "none")).isEqualTo(2);
    }

    @Test
    void invalidInputCountsNothingAndNoTagNamesANumberOrAText() {
        wireMock.stubFor(post("/send-sms").willReturn(xmlAnswer(200, ACCEPTED)));

        Exchange invalid = send("", List.of(PHONE));
        send("Kargonuz yolda", List.of(PHONE));

        assertThat(invalid.getException()).isInstanceOf(IllegalArgumentException.class);
        assertThat(count("iletimerkezi.sms.orders", "accepted", "none")).isEqualTo(1);
        List<String> tagValues = registry.getMeters().stream().map(Meter::getId)
                .flatMap(id -> id.getTags().stream()).map(tag -> tag.getValue()).toList();
        assertThat(tagValues).noneMatch(value -> value.contains("530") || value.contains("7001")
                                                 || value.contains("Kargo"));
    }

    @Test
    void componentFindsTheRegistryOnceAndWithoutOneKeepsNoMeters() {
        IletiMerkeziComponent component = context.getComponent("iletimerkezi", IletiMerkeziComponent.class);
        assertThat(component.getMetrics().enabled()).isTrue();
        assertThat(component.getMetrics()).isSameAs(component.getMetrics());

        IletiMerkeziComponent without = new IletiMerkeziComponent();
        without.setCamelContext(new org.apache.camel.impl.DefaultCamelContext());
        assertThat(without.getMetrics()).isSameAs(ComponentMetrics.NONE);
    }

    private Exchange send(String text, List<String> recipients) {
        return template.send("iletimerkezi:send", exchange -> {
            exchange.getMessage().setBody(text);
            exchange.getMessage().setHeader(IletiMerkeziConstants.RECIPIENTS, recipients);
        });
    }

    private double count(String name, String outcome, String status) {
        return registry.get(name).tag("outcome", outcome).tag("status", status).counter().count();
    }
}
