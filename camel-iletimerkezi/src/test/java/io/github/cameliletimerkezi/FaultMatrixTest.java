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
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import io.github.cameliletimerkezi.client.IletiMerkeziException;
import io.github.cameliletimerkezi.client.IletiMerkeziNotSentException;
import io.github.cameliletimerkezi.client.IletiMerkeziOutcomeUnknownException;
import io.github.cameliletimerkezi.client.IletiMerkeziRedirectException;
import io.github.cameliletimerkezi.model.IletiMerkeziResponse;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The faults a network and a misbehaving server can produce, one per test, each against a send (the operation where
 * "not sent" and "maybe sent" matter): what the caller gets (exception kind and message) and how many requests the
 * server saw. No send is ever repeated.
 */
class FaultMatrixTest extends IletiMerkeziTestSupport {

    private static final String SEND = "iletimerkezi:send?readTimeout=1500ms&connectTimeout=2s";
    private static final String SENT = "<response><status><code>200</code><message>İşlem başarılı</message></status>"
                                       + "<order><id>4242</id></order></response>";

    @Test
    void refusedConnectionIsNotSent() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        Exception failure = send("iletimerkezi:send?baseUrl=http://127.0.0.1:" + closedPort + "/v1");

        assertThat(failure).isInstanceOf(IletiMerkeziNotSentException.class)
                .hasMessageStartingWith("İleti Merkezi send was not sent to 127.0.0.1:" + closedPort + ": connection refused")
                .hasCauseInstanceOf(java.net.ConnectException.class);
    }

    @Test
    void unknownHostIsNotSent() {
        Exception failure = send("iletimerkezi:send?baseUrl=http://no-such-host.invalid/v1");

        assertThat(failure).isInstanceOf(IletiMerkeziNotSentException.class)
                .hasMessageStartingWith("İleti Merkezi send was not sent to no-such-host.invalid: unknown host");
    }

    @Test
    void resetAfterTheRequestHasAnUnknownOutcome() {
        wireMock.stubFor(post("/send-sms").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        Exception failure = send(SEND);

        assertThat(failure).isInstanceOf(IletiMerkeziOutcomeUnknownException.class)
                .hasMessageContaining("İleti Merkezi send to localhost:" + wireMock.port() + " has an unknown outcome")
                .hasMessageContaining("the request may have reached the provider");
        assertSendRequests(1);
    }

    @Test
    void emptyResponseHasAnUnknownOutcome() {
        wireMock.stubFor(post("/send-sms").willReturn(aResponse().withFault(Fault.EMPTY_RESPONSE)));

        Exception failure = send(SEND);

        assertThat(failure).isInstanceOf(IletiMerkeziOutcomeUnknownException.class)
                .hasMessageContaining("closed the connection without answering");
        assertSendRequests(1);
    }

    @Test
    void garbageThenCloseHasAnUnknownOutcome() {
        wireMock.stubFor(post("/send-sms").willReturn(aResponse().withFault(Fault.RANDOM_DATA_THEN_CLOSE)));

        Exception failure = send(SEND);

        assertThat(failure).isInstanceOf(IletiMerkeziOutcomeUnknownException.class)
                .hasMessageContaining("send to localhost:" + wireMock.port() + " has an unknown outcome");
        assertSendRequests(1);
    }

    @Test
    void truncatedChunkedBodyHasAnUnknownOutcome() {
        wireMock.stubFor(post("/send-sms").willReturn(aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK)));

        Exception failure = send(SEND);

        assertThat(failure).isInstanceOf(IletiMerkeziOutcomeUnknownException.class)
                .hasMessageContaining("has an unknown outcome");
        assertSendRequests(1);
    }

    @Test
    void truncatedBodyWithContentLengthHasAnUnknownOutcome() throws Exception {
        // a server that promises 500 bytes, sends 20 and closes: WireMock cannot make this one
        try (ServerSocket server = new ServerSocket(0)) {
            CompletableFuture<Integer> requests = CompletableFuture.supplyAsync(() -> answerOnce(server,
                    "HTTP/1.1 200 OK\r\nContent-Type: text/xml\r\nContent-Length: 500\r\n\r\n<response><status>"));

            Exception failure = send("iletimerkezi:send?baseUrl=http://127.0.0.1:" + server.getLocalPort());

            assertThat(failure).isInstanceOf(IletiMerkeziOutcomeUnknownException.class)
                    .hasMessageContaining("the connection closed before the answer was complete");
            assertThat(requests.get(10, TimeUnit.SECONDS)).isEqualTo(1);
        }
    }

    @Test
    void slowHeadersTimeOutWithAnUnknownOutcome() {
        wireMock.stubFor(post("/send-sms").willReturn(xmlAnswer(200, SENT).withFixedDelay(4_000)));

        Exception failure = send(SEND);

        assertThat(failure).isInstanceOf(IletiMerkeziOutcomeUnknownException.class)
                .hasMessageContaining("read timed out").hasCauseInstanceOf(SocketTimeoutException.class);
        assertSendRequests(1);
    }

    @Test
    void stalledBodyTimesOutWithAnUnknownOutcome() {
        wireMock.stubFor(post("/send-sms").willReturn(xmlAnswer(200, SENT).withChunkedDribbleDelay(5, 6_000)));

        Exception failure = send(SEND);

        assertThat(failure).isInstanceOf(IletiMerkeziOutcomeUnknownException.class).hasMessageContaining("read timed out");
        assertSendRequests(1);
    }

    @Test
    void htmlPageIsAnUnreadableAnswer() {
        wireMock.stubFor(post("/send-sms").willReturn(aResponse().withStatus(502).withHeader("Content-Type", "text/html")
                .withBody("<html><body><h1>502 Bad Gateway</h1></body></html>")));

        Exception failure = send(SEND);

        assertThat(failure).isExactlyInstanceOf(IletiMerkeziException.class)
                .hasMessage("İleti Merkezi send got an unreadable answer (HTTP 502): the body is not İleti Merkezi XML:"
                            + " <html><body><h1>502 Bad Gateway</h1></body></html>");
        assertSendRequests(1);
    }

    @Test
    void emptyBodyIsAnUnreadableAnswer() {
        wireMock.stubFor(post("/send-sms").willReturn(aResponse().withStatus(200)));

        Exception failure = send(SEND);

        assertThat(failure).isExactlyInstanceOf(IletiMerkeziException.class)
                .hasMessage("İleti Merkezi send got an unreadable answer (HTTP 200): the body is empty");
        assertSendRequests(1);
    }

    @Test
    void oversizedBodyIsRefusedUnread() {
        wireMock.stubFor(post("/send-sms").willReturn(xmlAnswer(200, "<response>" + "x".repeat(5 * 1024 * 1024) + "</response>")));

        Exception failure = send("iletimerkezi:send?readTimeout=30s");

        assertThat(failure).isExactlyInstanceOf(IletiMerkeziException.class)
                .hasMessageContaining("send got an unreadable answer (HTTP 200): the answer is larger than 4194304 bytes");
        assertSendRequests(1);
    }

    @Test
    void wrongContentTypeWithJsonIsAnUnreadableAnswer() {
        wireMock.stubFor(post("/send-sms").willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody("{\"response\":{\"status\":{\"code\":200}}}")));

        Exception failure = send(SEND);

        assertThat(failure).isExactlyInstanceOf(IletiMerkeziException.class)
                .hasMessageContaining("(HTTP 200): the body is not İleti Merkezi XML: {\"response\"");
        assertSendRequests(1);
    }

    @Test
    void providerXmlUnderAnotherContentTypeIsStillRead() {
        wireMock.stubFor(post("/send-sms").willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/plain")
                .withBody(SENT)));

        IletiMerkeziResponse response = template.requestBodyAndHeader(SEND, "Merhaba", IletiMerkeziConstants.RECIPIENTS,
                PHONE, IletiMerkeziResponse.class);

        assertThat(response.getOrderId()).isEqualTo("4242");
    }

    @Test
    void temporaryRedirectIsNeverFollowedSoTheCredentialsStayHome() {
        WireMockServer elsewhere = new WireMockServer(wireMockConfig().dynamicPort());
        elsewhere.start();
        try {
            elsewhere.stubFor(post(anyUrl()).willReturn(xmlAnswer(200, SENT)));
            wireMock.stubFor(post("/send-sms").willReturn(aResponse().withStatus(307)
                    .withHeader("Location", "http://127.0.0.1:" + elsewhere.port() + "/send-sms")));

            Exception failure = send(SEND);

            assertThat(failure).isInstanceOfSatisfying(IletiMerkeziRedirectException.class, e -> {
                assertThat(e.getStatusCode()).isEqualTo(307);
                assertThat(e.getLocationHost()).isEqualTo("127.0.0.1:" + elsewhere.port());
            }).hasMessageStartingWith("İleti Merkezi send was answered with a redirect (HTTP 307) to host 127.0.0.1:"
                                      + elsewhere.port() + "; redirects are not followed");
            assertSendRequests(1);
            assertThat(elsewhere.findAll(anyRequestedFor(anyUrl()))).as("the password never reaches the other host").isEmpty();
        } finally {
            elsewhere.stop();
        }
    }

    @Test
    void foundRedirectIsNotTurnedIntoAGet() {
        wireMock.stubFor(post("/send-sms").willReturn(aResponse().withStatus(302).withHeader("Location", "https://example.net/x")));
        wireMock.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(anyUrl()).willReturn(xmlAnswer(200, SENT)));

        Exception failure = send(SEND);

        assertThat(failure).isInstanceOf(IletiMerkeziRedirectException.class)
                .hasMessageContaining("redirect (HTTP 302) to host example.net");
        assertThat(wireMock.findAll(anyRequestedFor(anyUrl()))).hasSize(1);
    }

    @Test
    void poolExhaustionFailsAfterTheConnectionRequestTimeoutAsNotSent() {
        wireMock.stubFor(post("/send-sms").willReturn(xmlAnswer(200, SENT).withFixedDelay(3_000)));
        String uri = "iletimerkezi:send?maxConnections=1&connectionRequestTimeout=300ms&readTimeout=10s";
        CompletableFuture<Exchange> first = CompletableFuture.supplyAsync(() -> template.request(uri, e -> {
            e.getMessage().setBody("Birinci");
            e.getMessage().setHeader(IletiMerkeziConstants.RECIPIENTS, PHONE);
        }));
        await().atMost(Duration.ofSeconds(10)).until(() -> wireMock.findAll(postRequestedFor(urlEqualTo("/send-sms"))).size() == 1);

        Exception failure = send(uri);

        assertThat(failure).isInstanceOf(IletiMerkeziNotSentException.class)
                .hasMessageContaining("send was not sent to localhost:" + wireMock.port())
                .hasMessageContaining("no pooled connection became free within the connectionRequestTimeout");
        assertSendRequests(1);
        assertThat(first.join().getMessage().getHeader(IletiMerkeziConstants.ORDER_ID)).isEqualTo("4242");
    }

    private Exception send(String uri) {
        Exchange exchange = template.request(uri, e -> {
            e.getMessage().setBody("Merhaba");
            e.getMessage().setHeader(IletiMerkeziConstants.RECIPIENTS, PHONE);
        });
        assertThat(exchange.getException()).as("the send fails").isNotNull();
        assertThat(exchange.getMessage().getHeader(IletiMerkeziConstants.ORDER_ID)).isNull();
        return exchange.getException();
    }

    private static void assertSendRequests(int count) {
        assertThat(wireMock.findAll(postRequestedFor(urlEqualTo("/send-sms")))).hasSize(count);
    }

    /** Accepts one connection, reads the request head, writes the raw answer and closes; returns the requests seen. */
    private static int answerOnce(ServerSocket server, String rawAnswer) {
        try (Socket socket = server.accept()) {
            socket.setSoTimeout(10_000);
            byte[] buffer = new byte[8192];
            int read = socket.getInputStream().read(buffer);
            socket.getOutputStream().write(rawAnswer.getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
            return read > 0 ? 1 : 0;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
