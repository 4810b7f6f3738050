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

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.sun.net.httpserver.HttpServer;
import io.github.cameliletimerkezi.client.IletiMerkeziException;
import io.github.cameliletimerkezi.client.IletiMerkeziRedirectException;
import io.github.cameliletimerkezi.inbox.InboxPage;
import io.github.cameliletimerkezi.model.IletiMerkeziResponse;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every answer, XML and JSON, goes through one reader: the same 4 MiB cap with the same error, whether the length is
 * declared or the body is chunked; a byte-order mark is part of the encoding, not of the document; and a redirect on
 * the JSON path is a redirect.
 */
class AnswerBoundsTest extends IletiMerkeziTestSupport {

    private static final String LIMIT_ERROR = "got an unreadable answer (HTTP 200): the answer is larger than 4194304 bytes";
    private static final byte[] UTF8_BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

    @Test
    void anAcceptedSendWithAByteOrderMarkIsReadAsAccepted() {
        wireMock.stubFor(post("/send-sms").willReturn(bytes("text/xml; charset=utf-8",
                withBom(sample("send-success.xml")))));

        Exchange exchange = send();

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getHeader(IletiMerkeziConstants.ORDER_ID)).isEqualTo("00002");
        assertThat(exchange.getMessage().getHeader(IletiMerkeziConstants.STATUS_CODE)).isEqualTo(200);
    }

    @Test
    void aByteOrderMarkIsReadWithoutADeclaredCharsetAndWithoutAnXmlDeclaration() {
        String bare = "<response><status><code>200</code><message>İşlem başarılı</message></status>"
                      + "<order><id>77</id></order></response>";
        wireMock.stubFor(post("/send-sms").willReturn(bytes("text/xml", withBom(bare))));

        Exchange exchange = send();

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getBody(IletiMerkeziResponse.class).getMessage()).isEqualTo("İşlem başarılı");
        assertThat(exchange.getMessage().getHeader(IletiMerkeziConstants.ORDER_ID)).isEqualTo("77");
    }

    @Test
    void anAnswerInTheEncodingItDeclaresIsRead() {
        String xml = "<?xml version=\"1.0\" encoding=\"ISO-8859-9\"?><response><status><code>200</code>"
                     + "<message>İşlem başarılı</message></status><order><id>78</id></order></response>";
        wireMock.stubFor(post("/send-sms").willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/xml")
                .withBody(xml.getBytes(java.nio.charset.Charset.forName("ISO-8859-9")))));

        Exchange exchange = send();

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getBody(IletiMerkeziResponse.class).getMessage()).isEqualTo("İşlem başarılı");
    }

    @Test
    void aJsonAnswerWithAByteOrderMarkIsRead() {
        wireMock.stubFor(post("/get-inbox/json").willReturn(bytes("application/json",
                withBom(sample("inbox-constructed.json")))));

        Exchange exchange = template.request("iletimerkezi:inbox", e -> {
        });

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getBody(IletiMerkeziResponse.class).getPayload(InboxPage.class).messages())
                .isNotEmpty();
    }

    @Test
    void aJsonAnswerOverTheCapIsRefusedWithTheXmlAnswersError() throws Exception {
        // the XML side of the same cap and message: FaultMatrixTest
        assertThat(inboxFromAServerAnswering(true)).isInstanceOf(IletiMerkeziException.class)
                .hasMessageContaining("inbox " + LIMIT_ERROR);
    }

    @Test
    void aChunkedJsonAnswerOverTheCapIsRefusedToo() throws Exception {
        assertThat(inboxFromAServerAnswering(false)).isInstanceOf(IletiMerkeziException.class)
                .hasMessageContaining("inbox " + LIMIT_ERROR);
    }

    /**
     * The inbox read from a server whose answer is a JSON document of 30 MiB, written a block at a time so the test
     * itself holds none of it (as the probe did with get-inbox).
     *
     * @param declared whether the answer declares its length, else it is chunked
     */
    private Exception inboxFromAServerAnswering(boolean declared) throws Exception {
        byte[] head = "{\"response\":{\"status\":{\"code\":200},\"inbox\":{\"message\":[\"".getBytes(StandardCharsets.UTF_8);
        byte[] tail = "\"]}}}".getBytes(StandardCharsets.UTF_8);
        byte[] block = "x".repeat(64 * 1024).getBytes(StandardCharsets.UTF_8);
        int blocks = 30 * 16;
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/get-inbox/json", http -> {
            http.getRequestBody().readAllBytes();
            http.getResponseHeaders().add("Content-Type", "application/json");
            http.sendResponseHeaders(200, declared ? head.length + (long) blocks * block.length + tail.length : 0);
            try (OutputStream out = http.getResponseBody()) {
                out.write(head);
                for (int i = 0; i < blocks; i++) {
                    out.write(block);
                }
                out.write(tail);
            } catch (IOException e) {
                // the client stopped reading at the cap and closed the connection
            }
        });
        server.start();
        try {
            return template.request("iletimerkezi:inbox?baseUrl=http://127.0.0.1:" + server.getAddress().getPort(), e -> {
            }).getException();
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aRedirectOnTheJsonPathIsReportedAsARedirect() {
        wireMock.stubFor(post("/get-inbox/json").willReturn(aResponse().withStatus(307)
                .withHeader("Location", "https://elsewhere.example:8443/get-inbox/json")));

        Exchange exchange = template.request("iletimerkezi:inbox", e -> {
        });

        assertThat(exchange.getException()).isInstanceOf(IletiMerkeziRedirectException.class)
                .hasMessageContaining("HTTP 307").hasMessageContaining("elsewhere.example:8443");
        assertThat(((IletiMerkeziRedirectException) exchange.getException()).getStatusCode()).isEqualTo(307);
    }

    private Exchange send() {
        return template.request("iletimerkezi:send", e -> {
            e.getMessage().setBody("Merhaba");
            e.getMessage().setHeader(IletiMerkeziConstants.RECIPIENTS, PHONE);
        });
    }

    private static byte[] withBom(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(UTF8_BOM);
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static ResponseDefinitionBuilder bytes(String contentType, byte[] body) {
        return aResponse().withStatus(200).withHeader("Content-Type", contentType).withBody(body);
    }
}
