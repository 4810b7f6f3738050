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

import io.github.cameliletimerkezi.client.Credentials;
import org.apache.camel.Exchange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Characters XML 1.0 cannot carry never reach the wire: the request is refused before sending, naming the field, the
 * position and the code point.
 */
class XmlCharactersTest extends IletiMerkeziTestSupport {

    @ParameterizedTest(name = "U+{0}")
    @ValueSource(strings = { "0000", "0001", "001B", "FFFE", "FFFF", "D800" })
    void aTextWithTheCharacterIsRefusedBeforeSending(String hex) {
        String text = "Kod: 12" + (char) Integer.parseInt(hex, 16) + "34";

        Exchange exchange = template.request("iletimerkezi:send", e -> {
            e.getMessage().setBody(text);
            e.getMessage().setHeader(IletiMerkeziConstants.RECIPIENTS, PHONE);
        });

        assertThat(exchange.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("text of the message: the character U+" + hex
                            + " at position 8 cannot be sent (XML 1.0 does not allow it); remove it");
        assertThat(wireMock.findAll(anyRequestedFor(anyUrl()))).isEmpty();
    }

    @Test
    void tabsLineBreaksAndCharactersBeyondTheBasicPlaneAreSent() {
        wireMock.stubFor(post("/send-sms").willReturn(sampleAnswer(200, "send-success.xml")));

        template.sendBodyAndHeader("iletimerkezi:send", "Satır 1\tA\r\nSatır 2 \uD83D\uDE9A", IletiMerkeziConstants.RECIPIENTS,
                PHONE);

        assertThat(wireMock.findAll(anyRequestedFor(anyUrl())).get(0).getBodyAsString())
                .contains("<text>Satır 1\tA&#13;\nSatır 2 \uD83D\uDE9A</text>");
    }

    @Test
    void anOrderIdWithAControlCharacterIsRefused() {
        Exchange exchange = template.request("iletimerkezi:cancel", e -> e.getMessage().setBody("12\u000734"));

        assertThat(exchange.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("orderId: the character U+0007 at position 3 cannot be sent");
        assertThat(wireMock.findAll(anyRequestedFor(anyUrl()))).isEmpty();
    }

    @Test
    void aPasswordWithAControlCharacterIsRefusedWithoutShowingIt() {
        assertThatThrownBy(() -> Credentials.usernamePassword("5301234567", "gizli\u0001parola"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("password: the character U+0001 at position 6 cannot be sent (XML 1.0 does not allow it); remove it");
    }
}
