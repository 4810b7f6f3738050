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

import io.github.cameliletimerkezi.client.IletiMerkeziException;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Answers that are not the provider's XML raise a clear exception, even with {@code throwExceptionOnFailure=false}.
 */
class UnreadableAnswerTest extends IletiMerkeziTestSupport {

    @Test
    void htmlErrorPage() {
        wireMock.stubFor(post("/get-balance").willReturn(aResponse().withStatus(502).withHeader("Content-Type", "text/html")
                .withBody("<html><head><title>502 Bad Gateway</title></head><body><hr>nginx</body></html>")));

        IletiMerkeziException exception = balanceFailure();

        assertThat(exception.getStatusCode()).isEqualTo(502);
        assertThat(exception.getResponse()).isNull();
        assertThat(exception.getMessage()).contains("balance", "HTTP 502", "not İleti Merkezi XML", "502 Bad Gateway");
    }

    @Test
    void emptyBody() {
        wireMock.stubFor(post("/get-balance").willReturn(aResponse().withStatus(200)));

        IletiMerkeziException exception = balanceFailure();

        assertThat(exception.getStatusCode()).isEqualTo(200);
        assertThat(exception.getMessage()).contains("HTTP 200", "the body is empty");
    }

    @Test
    void xmlOfAnotherShape() {
        wireMock.stubFor(post("/get-balance").willReturn(xmlAnswer(200, "<error><reason>maintenance</reason></error>")));

        assertThat(balanceFailure().getMessage()).contains("not İleti Merkezi XML", "maintenance");
    }

    @Test
    void nonNumericStatusCode() {
        wireMock.stubFor(post("/get-balance").willReturn(
                xmlAnswer(200, "<response><status><code>OK</code><message>x</message></status></response>")));

        assertThat(balanceFailure().getMessage()).contains("status code 'OK' is not a number");
    }

    @Test
    void doctypeIsRefused() {
        wireMock.stubFor(post("/get-balance").willReturn(xmlAnswer(200,
                "<!DOCTYPE response [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><response><status><code>200</code>"
                                                                        + "<message>&x;</message></status></response>")));

        IletiMerkeziException exception = balanceFailure();

        assertThat(exception.getMessage()).contains("not İleti Merkezi XML").doesNotContain("root:");
    }

    @Test
    void reasonPhraseInTurkishUtf8IsRead() {
        // the provider puts its Turkish message, as UTF-8 bytes, in the HTTP reason phrase
        wireMock.stubFor(post("/get-balance").willReturn(sampleAnswer(200, "balance.xml").withStatusMessage("İşlem başarılı")));

        Object balance = template.requestBody("iletimerkezi:balance", (Object) null);

        assertThat(balance).hasToString("IletiMerkeziResponse[operation=balance, code=200, message=İşlem başarılı]");
    }

    private IletiMerkeziException balanceFailure() {
        Exchange exchange = template.request("iletimerkezi:balance?throwExceptionOnFailure=false", e -> {
        });
        assertThat(exchange.getException()).isInstanceOf(IletiMerkeziException.class);
        return exchange.getException(IletiMerkeziException.class);
    }
}
