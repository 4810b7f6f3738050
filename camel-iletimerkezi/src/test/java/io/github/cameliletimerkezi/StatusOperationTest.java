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

import io.github.cameliletimerkezi.client.IletiMerkeziException;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code status} says whether the service is up; wrong credentials are a configuration error, not an outage.
 */
class StatusOperationTest extends IletiMerkeziTestSupport {

    @Test
    void upWhenTheBalanceAnswers200() {
        wireMock.stubFor(post("/get-balance").willReturn(sampleAnswer(200, "balance.xml")));

        assertThat(template.requestBody("iletimerkezi:status", null, Boolean.class)).isTrue();
    }

    @Test
    void downWhenTheServiceIsUnavailable() {
        wireMock.stubFor(post("/get-balance").willReturn(xmlAnswer(503, ReportXml.status(503, "Sunucu geçici olarak servis dışı"))));

        assertThat(template.requestBody("iletimerkezi:status", null, Boolean.class)).isFalse();
    }

    @Test
    void downWhenTheServiceCannotBeReached() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        assertThat(template.requestBody("iletimerkezi:status?baseUrl=http://127.0.0.1:" + closedPort, null, Boolean.class))
                .isFalse();
    }

    @Test
    void wrongCredentialsAreAnErrorNotDown() {
        wireMock.stubFor(post("/get-balance").willReturn(xmlAnswer(401, ReportXml.status(401, "Üyelik bilgileri hatalı"))));

        Exchange exchange = template.request("iletimerkezi:status", e -> {
        });

        assertThat(exchange.getException()).isInstanceOfSatisfying(IletiMerkeziException.class, e -> {
            assertThat(e.getStatusCode()).isEqualTo(401);
            assertThat(e).hasMessage("İleti Merkezi balance failed with status 401: Üyelik bilgileri hatalı"
                                     + " (membership details incorrect: check username and password, or publicKey with"
                                     + " secretKey or apiHash, and that API access is switched on in the panel"
                                     + " (Settings, Security, API Access))");
        });
    }
}
