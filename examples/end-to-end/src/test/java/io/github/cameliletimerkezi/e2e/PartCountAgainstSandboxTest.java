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
package io.github.cameliletimerkezi.e2e;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.Stream;

import io.github.cameliletimerkezi.IletiMerkeziConstants;
import io.github.cameliletimerkezi.parts.PartCount;
import io.github.cameliletimerkezi.parts.SendEstimate;
import io.github.cameliletimerkezi.parts.SmsPartCounter;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The component's part counter against the sandbox's billing: each text of the documented table is estimated, then
 * sent to two numbers, and the credits the sandbox takes must equal the estimate and the table.
 */
class PartCountAgainstSandboxTest extends SandboxTestSupport {

    private static final String EMOJI = "\uD83D\uDE00";

    static Stream<Arguments> table() {
        return Stream.of(
                Arguments.of("Kargonuz yolda", 1),
                Arguments.of("Siparişiniz hazır, teşekkürler", 1),
                Arguments.of("Merhaba " + EMOJI, 1),
                Arguments.of("a".repeat(155), 1),
                Arguments.of("a".repeat(156), 2),
                Arguments.of("ş".repeat(150), 1),
                Arguments.of("ş".repeat(151), 2),
                Arguments.of("Ж".repeat(70), 1),
                Arguments.of("Ж".repeat(71), 2),
                Arguments.of(EMOJI.repeat(35), 1),
                Arguments.of(EMOJI.repeat(36), 2),
                Arguments.of("{}".repeat(39), 2),
                Arguments.of("Café à la carte", 1),
                Arguments.of("b".repeat(7 * 153), 7),
                Arguments.of("ı".repeat(7 * 146), 7),
                Arguments.of("Ж".repeat(7 * 67), 7));
    }

    @ParameterizedTest
    @MethodSource("table")
    void sandboxBillsWhatTheComponentEstimates(String text, int parts) {
        List<String> recipients = List.of("5301234501", "5301234502");
        SendEstimate estimate = template.requestBodyAndHeader("iletimerkezi:estimate", text, IletiMerkeziConstants.RECIPIENTS,
                recipients, SendEstimate.class);
        long before = sandbox.smsCredits();

        Exchange sent = template.request("iletimerkezi:send", e -> {
            e.getMessage().setBody(text);
            e.getMessage().setHeader(IletiMerkeziConstants.RECIPIENTS, recipients);
        });

        assertThat(sent.getException()).isNull();
        assertThat(estimate.parts()).isEqualTo(parts);
        assertThat(before - sandbox.smsCredits()).isEqualTo(estimate.credits()).isEqualTo(2L * parts);
        assertThat(sent.getMessage().getHeader(IletiMerkeziConstants.CREDITS)).isEqualTo(2L * parts);
    }

    @Test
    void eightPartsAreRefusedByBothWith453FromTheSandbox() throws Exception {
        String text = "a".repeat(7 * 153 + 1);
        PartCount count = SmsPartCounter.count(text);
        assertThat(count.parts()).isEqualTo(8);

        Exchange refused = template.send("iletimerkezi:send", e -> {
            e.getMessage().setBody(text);
            e.getMessage().setHeader(IletiMerkeziConstants.RECIPIENTS, "5301234501");
        });
        assertThat(refused.getException()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("8 SMS parts");
        assertThat(sandbox.requestCount()).isZero();

        String body = "<request><authentication><username>" + sandbox.settings().username() + "</username><password>"
                      + sandbox.settings().password() + "</password></authentication><order><sender>SANDBOX</sender>"
                      + "<message><text>" + text + "</text><receipents><number>5301234501</number></receipents></message>"
                      + "</order></request>";
        HttpResponse<String> answer = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + "/send-sms"))
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(453);
    }
}
