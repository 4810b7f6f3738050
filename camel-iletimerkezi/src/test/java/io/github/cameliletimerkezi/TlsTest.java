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

import javax.net.ssl.SSLException;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.cameliletimerkezi.model.IletiMerkeziResponse;
import org.apache.camel.BindToRegistry;
import io.github.cameliletimerkezi.client.IletiMerkeziNotSentException;
import org.apache.camel.Exchange;
import org.apache.camel.support.jsse.KeyStoreParameters;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.support.jsse.TrustManagersParameters;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Certificates and host names are verified by default; {@code sslContextParameters} brings a trust store of one's own.
 * One WireMock serves HTTPS with a self-signed certificate for localhost ({@code tls/localhost.p12}, made with keytool,
 * valid until 2036), another with WireMock's own certificate, which names another host.
 */
class TlsTest extends CamelTestSupport {

    private static WireMockServer localhost;
    private static WireMockServer otherName;

    @BindToRegistry("trustLocalhost")
    private final SSLContextParameters trustLocalhost = trustStore("classpath:tls/localhost.p12", "changeit");
    @BindToRegistry("trustWireMockCertificate")
    private final SSLContextParameters trustWireMockCertificate = trustStore("classpath:keystore", "password");

    @BeforeAll
    static void startHttps() throws Exception {
        String keystore = java.nio.file.Path.of(TlsTest.class.getResource("/tls/localhost.p12").toURI()).toString();
        localhost = new WireMockServer(wireMockConfig().dynamicPort().dynamicHttpsPort().keystorePath(keystore)
                .keystoreType("PKCS12").keystorePassword("changeit").keyManagerPassword("changeit"));
        otherName = new WireMockServer(wireMockConfig().dynamicPort().dynamicHttpsPort());
        for (WireMockServer server : new WireMockServer[] { localhost, otherName }) {
            server.start();
            server.stubFor(post("/get-balance").willReturn(IletiMerkeziTestSupport.sampleAnswer(200, "balance.xml")));
        }
    }

    @AfterAll
    static void stopHttps() {
        localhost.stop();
        otherName.stop();
    }

    @Test
    void anUntrustedCertificateIsRefused() {
        Exchange exchange = template.request(uri(localhost, ""), e -> {
        });

        assertThat(exchange.getException()).isInstanceOf(IletiMerkeziNotSentException.class)
                .hasMessageContaining("balance was not sent to localhost:").hasMessageContaining("TLS handshake failed")
                .cause().isInstanceOf(SSLException.class);
    }

    @Test
    void aTrustedCertificateForAnotherHostIsRefused() {
        Exchange exchange = template.request(uri(otherName, "&sslContextParameters=#trustWireMockCertificate"), e -> {
        });

        assertThat(exchange.getException()).isInstanceOf(IletiMerkeziNotSentException.class)
                .cause().isInstanceOf(SSLException.class).hasMessageContaining("No name matching localhost");
    }

    @Test
    void sslContextParametersTrustTheServer() {
        IletiMerkeziResponse balance = template.requestBody(uri(localhost, "&sslContextParameters=#trustLocalhost"), null,
                IletiMerkeziResponse.class);

        assertThat(balance.getBalance().sms()).isEqualTo(100);
    }

    private static String uri(WireMockServer server, String options) {
        return "iletimerkezi:balance?username=u&password=p&baseUrl=https://localhost:" + server.httpsPort() + options;
    }

    private static SSLContextParameters trustStore(String resource, String password) {
        KeyStoreParameters keyStore = new KeyStoreParameters();
        keyStore.setResource(resource);
        keyStore.setPassword(password);
        TrustManagersParameters trustManagers = new TrustManagersParameters();
        trustManagers.setKeyStore(keyStore);
        SSLContextParameters parameters = new SSLContextParameters();
        parameters.setTrustManagers(trustManagers);
        return parameters;
    }
}
