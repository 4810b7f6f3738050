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
package io.github.cameliletimerkezi.parts;

import java.util.List;
import java.util.Map;

import io.github.cameliletimerkezi.IletiMerkeziConstants;
import io.github.cameliletimerkezi.IletiMerkeziTestSupport;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The send's cost headers, the estimate operation (no request at all) and the 7-part limit enforced before sending.
 */
class PartsAndCostTest extends IletiMerkeziTestSupport {

    @Test
    void sendSetsPartsAndCreditsHeaders() {
        wireMock.stubFor(post("/send-sms").willReturn(sampleAnswer(200, "send-success.xml")));

        Exchange exchange = template.request("iletimerkezi:send", e -> {
            e.getMessage().setBody("ğ".repeat(151));
            e.getMessage().setHeader(IletiMerkeziConstants.RECIPIENTS, List.of("5301234567", "5301234568"));
        });

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getHeader(IletiMerkeziConstants.PARTS)).isEqualTo(2);
        assertThat(exchange.getMessage().getHeader(IletiMerkeziConstants.CREDITS)).isEqualTo(4L);
        wireMock.verify(1, postRequestedFor(urlEqualTo("/send-sms")));
    }

    @Test
    void estimateCountsWithoutSending() {
        Exchange exchange = template.request("iletimerkezi:estimate", e -> e.getMessage().setBody(Map.of(
                "messages", List.of(
                        Map.of("text", "a".repeat(156), "phones", List.of("5301234567", "5301234568")),
                        Map.of("text", "Merhaba \uD83D\uDE00", "phones", List.of("5301234569"))))));

        SendEstimate estimate = exchange.getMessage().getBody(SendEstimate.class);
        assertThat(estimate.credits()).isEqualTo(2 * 2 + 1);
        assertThat(estimate.messages()).containsExactly(new PartCount(SmsEncoding.GSM7, 156, 2, 150),
                new PartCount(SmsEncoding.UCS2, 10, 1, 60));
        assertThat(exchange.getMessage().getHeader(IletiMerkeziConstants.PARTS)).isEqualTo(2);
        assertThat(exchange.getMessage().getHeader(IletiMerkeziConstants.CREDITS)).isEqualTo(5L);
        wireMock.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void estimateOfABareTextIsPerRecipient() {
        SendEstimate estimate = template.requestBody("iletimerkezi:estimate", "ı".repeat(300), SendEstimate.class);

        assertThat(estimate.messages()).containsExactly(new PartCount(SmsEncoding.TURKISH, 300, 3, 138));
        assertThat(estimate.credits()).isEqualTo(3);
        wireMock.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void aTextOverSevenPartsIsRefusedBeforeSending() {
        Exchange exchange = template.send("iletimerkezi:send", e -> {
            e.getMessage().setBody("a".repeat(7 * 153 + 1));
            e.getMessage().setHeader(IletiMerkeziConstants.RECIPIENTS, "5301234567");
        });

        assertThat(exchange.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("text: the message takes 8 SMS parts");
        wireMock.verify(0, anyRequestedFor(anyUrl()));
    }
}
