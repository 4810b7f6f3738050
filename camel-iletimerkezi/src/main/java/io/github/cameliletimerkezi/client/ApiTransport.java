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
package io.github.cameliletimerkezi.client;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;

import io.github.cameliletimerkezi.client.xml.AuthenticationElement;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * POSTs one request body and returns what came back, for every operation, XML and JSON alike: one bounded reader, one
 * sorting of network failures, redirects refused. The credentials in the bodies are masked in every log line.
 */
public final class ApiTransport {

    public static final String XML = "text/xml; charset=utf-8";
    public static final String JSON = "application/json; charset=utf-8";

    private static final Logger LOG = LoggerFactory.getLogger(ApiTransport.class);

    private final ClientSettings settings;
    private final CloseableHttpClient http;

    public ApiTransport(ClientSettings settings, CloseableHttpClient http) {
        this.settings = settings;
        this.http = http;
    }

    /** The {@code <authentication>} element (or JSON object) of every request. */
    public AuthenticationElement authentication() {
        return settings.credentials().toElement();
    }

    /**
     * @param path        under the API root, e.g. {@code /get-blacklist} or {@code /get-reports/json}
     * @param contentType {@link #XML} or {@link #JSON}
     */
    public HttpAnswer post(String operation, String path, String contentType, byte[] body) {
        return post(operation, URI.create(settings.baseUrl() + path), contentType, body);
    }

    /**
     * POSTs a body and reads the answer with the one bounded reader ({@link AnswerBody}) every operation uses.
     *
     * @throws IletiMerkeziTransportException  when no answer came, saying whether the request may have been sent
     * @throws IletiMerkeziRedirectException   for a 3xx answer, which is never followed
     * @throws IletiMerkeziException           for an answer over the size limit
     */
    public HttpAnswer post(String operation, URI url, String contentType, byte[] body) {
        HttpPost post = new HttpPost(url);
        post.setHeader("Content-Type", contentType);
        post.setHeader("Accept", JSON.equals(contentType) ? "application/json" : "text/xml, application/xml");
        post.setEntity(new ByteArrayEntity(body, null));
        if (LOG.isDebugEnabled()) {
            LOG.debug("İleti Merkezi {}: POST {} ({} bytes)", operation, WireLog.url(url.toString()), body.length);
        }
        if (LOG.isTraceEnabled()) {
            LOG.trace("İleti Merkezi {} request: {}", operation, mask(new String(body, StandardCharsets.UTF_8)));
        }
        long start = System.nanoTime();
        HttpAnswer answer;
        try {
            answer = http.execute(post, response -> AnswerBody.read(operation, response));
        } catch (IOException e) {
            throw TransportFailures.wrap(operation, post, e);
        }
        if (LOG.isDebugEnabled()) {
            LOG.debug("İleti Merkezi {}: HTTP {} in {} ms", operation, answer.status(), (System.nanoTime() - start) / 1_000_000);
        }
        if (LOG.isTraceEnabled()) {
            LOG.trace("İleti Merkezi {} answer: {}", operation, mask(answer.body()));
        }
        if (answer.status() >= 300 && answer.status() < 400) {
            // following would re-post the credentials to another host (307, 308) or turn the call into a GET whose
            // answer is not the call's (301, 302, 303)
            throw new IletiMerkeziRedirectException(operation, answer.status(), TransportFailures.host(answer.location()));
        }
        return answer;
    }

    /** A body or answer with its secrets masked, in XML and in JSON, for logs and exception messages. */
    public static String mask(String text) {
        return WireLog.mask(text);
    }

    /** The start of an unreadable answer, masked, for an exception message. */
    public static String snippet(String body) {
        return WireLog.snippet(body);
    }

    /** An address with any user info masked, for logs and {@code toString()}. */
    public static String url(String url) {
        return WireLog.url(url);
    }

    /**
     * Reads the provider's status code, written as a number or as a string; blank means none (the HTTP status
     * stands).
     *
     * @throws IletiMerkeziException when the code is not a number
     */
    public static int statusCode(String operation, HttpAnswer answer, Object code) {
        if (code == null || code.toString().isBlank()) {
            return answer.status();
        }
        try {
            return Integer.parseInt(code.toString().trim());
        } catch (NumberFormatException e) {
            throw new IletiMerkeziException(operation, answer.status(), "the status code '" + code + "' is not a number", e);
        }
    }
}
