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
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.cameliletimerkezi.model.IletiMerkeziResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Requests go through an HTTP proxy when proxyHost and proxyPort are set, with Basic proxy authentication when the
 * proxy asks for it (407). The proxy here is a small forwarding proxy that records what it forwarded.
 */
class ProxyTest extends IletiMerkeziTestSupport {

    private static final String PROXY_USER = "proxyuser";
    private static final String PROXY_PASSWORD = "proxy-s3cret";

    private HttpServer proxy;
    private final List<String> forwarded = new CopyOnWriteArrayList<>();
    private final List<String> challenged = new CopyOnWriteArrayList<>();
    private final HttpClient upstream = HttpClient.newHttpClient();

    @BeforeEach
    void startProxy() throws IOException {
        proxy = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        proxy.createContext("/", this::forward);
        proxy.start();
    }

    @AfterEach
    void stopProxy() {
        proxy.stop(0);
    }

    @Test
    void sendsThroughTheProxyWithItsCredentials() throws Exception {
        wireMock.stubFor(post("/get-balance").willReturn(sampleAnswer(200, "balance.xml")));

        IletiMerkeziResponse answer = template.requestBody("iletimerkezi:balance?proxyHost=127.0.0.1&proxyPort="
                                                           + proxy.getAddress().getPort() + "&proxyUsername=" + PROXY_USER
                                                           + "&proxyPassword=RAW(" + PROXY_PASSWORD + ")",
                null, IletiMerkeziResponse.class);

        assertThat(answer.getCode()).isEqualTo(200);
        assertThat(answer.getBalance().sms()).isEqualTo(100L);
        assertThat(challenged).containsExactly(wireMock.baseUrl() + "/get-balance");
        assertThat(forwarded).containsExactly("POST " + wireMock.baseUrl() + "/get-balance as " + PROXY_USER);
        wireMock.verify(1, postRequestedFor(urlPathEqualTo("/get-balance")));
    }

    @Test
    void theProxyPasswordIsNotShown() {
        IletiMerkeziEndpoint endpoint = context.getEndpoint("iletimerkezi:balance?proxyHost=127.0.0.1&proxyPort=3128"
                                                            + "&proxyUsername=" + PROXY_USER + "&proxyPassword=" + PROXY_PASSWORD,
                IletiMerkeziEndpoint.class);

        assertThat(endpoint.toString()).doesNotContain(PROXY_PASSWORD);
        assertThat(ClientOptions.proxy(endpoint.getConfiguration()).toString()).doesNotContain(PROXY_PASSWORD)
                .contains("127.0.0.1:3128");
    }

    @Test
    void incompleteProxyOptionsAreRefusedNamingTheOption() {
        assertThatThrownBy(() -> context.getEndpoint("iletimerkezi:balance?proxyHost=127.0.0.1"))
                .hasStackTraceContaining("proxyPort is required");
        assertThatThrownBy(() -> context.getEndpoint("iletimerkezi:balance?proxyPort=3128"))
                .hasStackTraceContaining("proxyHost is not");
        assertThatThrownBy(() -> context.getEndpoint("iletimerkezi:balance?proxyHost=127.0.0.1&proxyPort=3128&proxyUsername=u"))
                .hasStackTraceContaining("proxyPassword is missing");
    }

    /** A forward proxy: the request line carries the absolute target address; asks for Basic credentials first. */
    private void forward(HttpExchange exchange) throws IOException {
        try (exchange) {
            String target = exchange.getRequestURI().toString();
            String authorization = exchange.getRequestHeaders().getFirst("Proxy-Authorization");
            if (authorization == null) {
                challenged.add(target);
                exchange.getResponseHeaders().add("Proxy-Authenticate", "Basic realm=\"test-proxy\"");
                exchange.sendResponseHeaders(407, -1);
                return;
            }
            String user = new String(Base64.getDecoder().decode(authorization.substring("Basic ".length())),
                    StandardCharsets.UTF_8);
            if (!user.equals(PROXY_USER + ":" + PROXY_PASSWORD)) {
                exchange.sendResponseHeaders(403, -1);
                return;
            }
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            HttpResponse<byte[]> answer;
            try {
                answer = upstream.send(HttpRequest.newBuilder(URI.create(target))
                        .header("Content-Type", exchange.getRequestHeaders().getFirst("Content-Type"))
                        .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                        HttpResponse.BodyHandlers.ofByteArray());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
            forwarded.add(exchange.getRequestMethod() + " " + target + " as " + PROXY_USER);
            answer.headers().firstValue("Content-Type").ifPresent(type -> exchange.getResponseHeaders().add("Content-Type", type));
            exchange.sendResponseHeaders(answer.statusCode(), answer.body().length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer.body());
            }
        }
    }
}
