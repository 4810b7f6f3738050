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

import java.util.stream.Stream;

import io.github.cameliletimerkezi.client.IletiMerkeziException;
import io.github.cameliletimerkezi.model.IletiMerkeziResponse;
import org.apache.camel.Exchange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a caller sees for the provider's error answers: the exact exception message (operation, code, the provider's
 * Turkish message, an English meaning), the code and message on the exception and the headers, and the same answer
 * as an error response with {@code throwExceptionOnFailure=false}.
 */
class StatusCodeTest extends IletiMerkeziTestSupport {

    static Stream<Arguments> answers() {
        return Stream.of(
                Arguments.of(400, "İstek çözümlenemedi",
                        "İleti Merkezi send failed with status 400: İstek çözümlenemedi (request could not be processed)"),
                Arguments.of(401, "Üyelik bilgileri hatalı",
                        "İleti Merkezi send failed with status 401: Üyelik bilgileri hatalı (membership details incorrect:"
                        + " check username and password, or publicKey with secretKey or apiHash, and that API access is"
                        + " switched on in the panel (Settings, Security, API Access))"),
                Arguments.of(402, "Bakiye yetersiz",
                        "İleti Merkezi send failed with status 402: Bakiye yetersiz (insufficient balance)"),
                Arguments.of(451, "Tekrar eden sipariş",
                        "İleti Merkezi send failed with status 451: Tekrar eden sipariş (duplicate order)"),
                Arguments.of(452, "Mesaj alıcıları hatalı",
                        "İleti Merkezi send failed with status 452: Mesaj alıcıları hatalı (invalid message recipients)"),
                Arguments.of(503, "Sunucu geçici olarak servis dışı",
                        "İleti Merkezi send failed with status 503: Sunucu geçici olarak servis dışı (server temporarily unavailable)"),
                // a code the component does not know still reaches the caller with the provider's own words
                Arguments.of(499, "Yeni bir hata", "İleti Merkezi send failed with status 499: Yeni bir hata (unknown status)"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("answers")
    void errorAnswerRaisesTheExceptionTheCallerCanBranchOn(int code, String message, String expected) {
        wireMock.stubFor(post("/send-sms").willReturn(xmlAnswer(code, statusBody(code, message))));

        Exchange exchange = template.request("iletimerkezi:send", e -> {
            e.getMessage().setBody("Merhaba");
            e.getMessage().setHeader(IletiMerkeziConstants.RECIPIENTS, PHONE);
        });

        IletiMerkeziException exception = exchange.getException(IletiMerkeziException.class);
        assertThat(exception).hasMessage(expected);
        assertThat(exception.getStatusCode()).isEqualTo(code);
        assertThat(exception.getStatusMessage()).isEqualTo(message);
        assertThat(exception.getOperation()).isEqualTo("send");
        assertThat(exception.getResponse().getOrderId()).isNull();
        assertThat(exchange.getMessage().getHeader(IletiMerkeziConstants.STATUS_CODE)).isEqualTo(code);
        assertThat(exchange.getMessage().getHeader(IletiMerkeziConstants.STATUS_MESSAGE)).isEqualTo(message);
        assertThat(exchange.getMessage().getHeader(IletiMerkeziConstants.ORDER_ID)).isNull();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("answers")
    void errorAnswerComesBackAsAnErrorResponseWhenExceptionsAreOff(int code, String message, String expected) {
        wireMock.stubFor(post("/get-balance").willReturn(xmlAnswer(code, statusBody(code, message))));

        Exchange exchange = template.request("iletimerkezi:balance?throwExceptionOnFailure=false", e -> {
        });

        assertThat(exchange.getException()).isNull();
        IletiMerkeziResponse response = exchange.getMessage().getBody(IletiMerkeziResponse.class);
        assertThat(response.isError()).isTrue();
        assertThat(response.getCode()).isEqualTo(code);
        assertThat(response.getMessage()).isEqualTo(message);
        assertThat(response.getBalance()).isNull();
        assertThat(exchange.getMessage().getHeader(IletiMerkeziConstants.STATUS_CODE)).isEqualTo(code);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("answers")
    void statusCodeInTheBodyWinsOverTheHttpStatus(int code, String message, String expected) {
        // the provider mirrors its code in the HTTP status, but a proxy may answer 200 around an error body
        wireMock.stubFor(post("/get-balance").willReturn(xmlAnswer(200, statusBody(code, message))));

        IletiMerkeziResponse response = template.requestBody("iletimerkezi:balance?throwExceptionOnFailure=false", null,
                IletiMerkeziResponse.class);

        assertThat(response.getCode()).isEqualTo(code);
        assertThat(response.isError()).isTrue();
    }

    private static String statusBody(int code, String message) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<response><status><code>" + code + "</code><message>" + message
               + "</message></status></response>";
    }
}
