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

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;

import io.github.cameliletimerkezi.model.IletiMerkeziResponse;
import io.github.cameliletimerkezi.model.IysList;
import io.github.cameliletimerkezi.model.SendRequest;
import io.github.cameliletimerkezi.model.SmsMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The body and header shapes a send accepts, read from the request that reaches the server.
 */
class SendInputsTest extends IletiMerkeziTestSupport {

    @BeforeEach
    void stubSend() {
        wireMock.stubFor(post("/send-sms").willReturn(sampleAnswer(200, "send-success.xml")));
    }

    @Test
    void rubyShapedMapWithTextPhonesSenderAndTime() {
        template.sendBody("iletimerkezi:send", Map.of("text", "Merhaba", "phones", List.of("0555 555 00 01", PHONE),
                "sender", "FOO", "send_datetime", "01/02/2027 09:30"));

        assertThat(lastBody()).contains("<sender>FOO</sender><sendDateTime>01/02/2027 09:30</sendDateTime>"
                                         + "<message><text>Merhaba</text><receipents><number>05555550001</number><number>"
                                         + PHONE + "</number></receipents></message>");
    }

    @Test
    void camelCaseTimeKeyAndCommaSeparatedPhones() {
        template.sendBody("iletimerkezi:send", Map.of("text", "A", "phones", "905301234567, +12025550123",
                "sendDateTime", ZonedDateTime.of(2027, 2, 1, 6, 30, 59, 0, ZoneOffset.UTC)));

        assertThat(lastBody()).contains("<sendDateTime>01/02/2027 09:30</sendDateTime>")
                .contains("<number>905301234567</number><number>+12025550123</number>");
    }

    @Test
    void typedRequestWithIys() {
        template.sendBody("iletimerkezi:send", new SendRequest().sender("BAR").iys(true).iysList(IysList.TACIR)
                .addMessage(SmsMessage.of("Kampanya", PHONE)).addMessage("Duyuru", List.of("905301234568")));

        assertThat(lastBody()).contains("<sender>BAR</sender><iys>1</iys><iysList>TACIR</iysList>"
                                         + "<message><text>Kampanya</text>")
                .contains("<message><text>Duyuru</text><receipents><number>905301234568</number>");
    }

    @Test
    void recipientsHeaderAsArray() {
        template.sendBodyAndHeader("iletimerkezi:send", "A", IletiMerkeziConstants.RECIPIENTS,
                new String[] { PHONE, "905301234568" });

        assertThat(lastBody()).contains("<number>" + PHONE + "</number><number>905301234568</number>");
    }

    @Test
    void javaTimeValuesAreConvertedToIstanbulAtMinutePrecision() {
        Object[] times = {
                ZonedDateTime.of(2027, 1, 20, 10, 45, 30, 0, ZoneOffset.UTC),
                OffsetDateTime.of(2027, 1, 20, 12, 45, 0, 0, ZoneOffset.ofHours(2)),
                Instant.parse("2027-01-20T10:45:59Z"),
                LocalDateTime.of(2027, 1, 20, 13, 45, 12),
                Date.from(Instant.parse("2027-01-20T10:45:00Z")) };
        for (Object time : times) {
            template.sendBodyAndHeaders("iletimerkezi:send", "A", Map.of(IletiMerkeziConstants.RECIPIENTS, PHONE,
                    IletiMerkeziConstants.SEND_DATE_TIME, time));
        }

        assertThat(wireMock.findAll(postRequestedFor(urlEqualTo("/send-sms"))))
                .extracting(r -> r.getBodyAsString().replaceAll(".*<sendDateTime>([^<]*)</sendDateTime>.*", "$1"))
                .containsOnly("20/01/2027 13:45").hasSize(times.length);
    }

    @Test
    void aMisspeltMapKeyIsNamedAndNothingIsSent() {
        org.apache.camel.Exchange order = template.send("iletimerkezi:send",
                e -> e.getMessage().setBody(Map.of("text", "Merhaba", "phone", PHONE)));
        org.apache.camel.Exchange message = template.send("iletimerkezi:send", e -> e.getMessage().setBody(
                Map.of("messages", List.of(Map.of("text", "Merhaba", "phones", PHONE, "sendr", "APITEST")))));

        assertThat(order.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown key 'phone'").hasMessageContaining("phones");
        assertThat(message.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("messages item 1 has an unknown key 'sendr'");
        wireMock.verify(0, postRequestedFor(urlEqualTo("/send-sms")));
    }

    @Test
    void reportTakesTheOrderIdFromTheSendResponseInTheBody() {
        wireMock.stubFor(post("/get-report").willReturn(sampleAnswer(200, "report-docs.xml")));

        IletiMerkeziResponse sent = template.requestBodyAndHeader("iletimerkezi:send", "A",
                IletiMerkeziConstants.RECIPIENTS, PHONE, IletiMerkeziResponse.class);
        template.requestBody("iletimerkezi:report", sent);

        assertThat(wireMock.findAll(postRequestedFor(urlEqualTo("/get-report"))).get(0).getBodyAsString())
                .contains("<order><id>00002</id><page>1</page>");
    }

    private static String lastBody() {
        var requests = wireMock.findAll(postRequestedFor(urlEqualTo("/send-sms")));
        assertThat(requests).hasSize(1);
        return requests.get(0).getBodyAsString();
    }
}
