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
package io.github.cameliletimerkezi.largeorders;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.cameliletimerkezi.IletiMerkeziConstants;
import io.github.cameliletimerkezi.IletiMerkeziPartlySentException;
import io.github.cameliletimerkezi.IletiMerkeziTestSupport;
import io.github.cameliletimerkezi.client.IletiMerkeziException;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * splitLargeOrders: 50,001 recipients go as two orders (50,000 and 1), both ids come back; a refused second chunk
 * stops the send with the first order's id kept; a bad number anywhere sends nothing.
 */
class LargeOrderSplitTest extends IletiMerkeziTestSupport {

    private static final String LAST = "5399999999";

    @Test
    void bothOrdersAreSentAndBothIdsReturned() {
        wireMock.stubFor(post("/send-sms").willReturn(xmlAnswer(200, answer(101))));
        wireMock.stubFor(post("/send-sms").withRequestBody(containing("<number>" + LAST + "</number>"))
                .willReturn(xmlAnswer(200, answer(102))));

        Exchange exchange = send(recipients(LAST));

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getHeader(IletiMerkeziConstants.ORDER_IDS)).isEqualTo(List.of("101", "102"));
        assertThat(exchange.getMessage().getHeader(IletiMerkeziConstants.ORDER_ID)).isEqualTo("101");
        List<LoggedRequest> requests = wireMock.findAll(postRequestedFor(urlEqualTo("/send-sms")));
        assertThat(requests).extracting(r -> count(r, "<number>")).containsExactly(50_000, 1);
    }

    @Test
    void aRefusedLaterChunkStopsTheSendAndKeepsTheAcceptedOrder() {
        wireMock.stubFor(post("/send-sms").willReturn(xmlAnswer(200, answer(101))));
        wireMock.stubFor(post("/send-sms").withRequestBody(containing("<number>" + LAST + "</number>"))
                .willReturn(xmlAnswer(402, "<response><status><code>402</code><message>Bakiye yetersiz</message></status></response>")));

        Exchange exchange = send(recipients(LAST));

        assertThat(exchange.getException()).isInstanceOf(IletiMerkeziPartlySentException.class)
                .hasCauseInstanceOf(IletiMerkeziException.class);
        IletiMerkeziPartlySentException failure = (IletiMerkeziPartlySentException) exchange.getException();
        assertThat(failure.getStatusCode()).isEqualTo(402);
        assertThat(failure.getAcceptedOrderIds()).containsExactly("101");
        assertThat(failure.getUnsentRecipients()).containsExactly(LAST);
        assertThat(failure.isRemainderNotSent()).isTrue();
        assertThat(exchange.getMessage().getHeader(IletiMerkeziConstants.ORDER_IDS)).isEqualTo(List.of("101"));
        assertThat(exchange.getMessage().getHeader(IletiMerkeziConstants.STATUS_CODE)).isEqualTo(402);
        // the order stays the body, so a redelivery reads it again (and sends only the refused chunk)
        assertThat(exchange.getMessage().getBody()).isEqualTo("Kampanya");
    }

    @Test
    void aBadNumberInALaterChunkSendsNothing() {
        Exchange exchange = send(recipients("12ab"));

        assertThat(exchange.getException()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'12ab'");
        wireMock.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void withoutTheOptionTheOrderIsRefusedBeforeSending() {
        Exchange exchange = template.send("iletimerkezi:send", e -> {
            e.getMessage().setBody("Kampanya");
            e.getMessage().setHeader(IletiMerkeziConstants.RECIPIENTS, recipients(LAST));
        });

        assertThat(exchange.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("more than 50000 recipients");
        wireMock.verify(0, anyRequestedFor(anyUrl()));
    }

    private Exchange send(List<String> recipients) {
        return template.send("iletimerkezi:send?splitLargeOrders=true", e -> {
            e.getMessage().setBody("Kampanya");
            e.getMessage().setHeader(IletiMerkeziConstants.RECIPIENTS, recipients);
        });
    }

    private static List<String> recipients(String last) {
        List<String> numbers = new ArrayList<>(50_001);
        for (int i = 0; i < 50_000; i++) {
            numbers.add(String.format("530%07d", i));
        }
        numbers.add(last);
        return numbers;
    }

    private static String answer(int orderId) {
        return "<response><status><code>200</code><message>İşlem başarılı</message></status><order><id>" + orderId
               + "</id></order></response>";
    }

    private static int count(LoggedRequest request, String needle) {
        String body = new String(request.getBody(), StandardCharsets.UTF_8);
        return body.split(needle, -1).length - 1;
    }
}
