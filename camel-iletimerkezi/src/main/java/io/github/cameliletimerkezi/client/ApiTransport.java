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
import java.nio.charset.StandardCharsets;

import io.github.cameliletimerkezi.client.xml.AuthenticationElement;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * POSTs one request body to a path under the API root and returns what came back, for the operations that live in
 * their own packages (blacklist, order list, consent, inbox). XML and JSON bodies alike; the credentials in them are
 * masked in every log line.
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
    public HttpAnswer post(String operation, String path, String contentType, byte[] body) throws IOException {
        String url = settings.baseUrl() + path;
        HttpPost post = new HttpPost(url);
        post.setHeader("Content-Type", contentType);
        post.setHeader("Accept", JSON.equals(contentType) ? "application/json" : "text/xml, application/xml");
        post.setEntity(new ByteArrayEntity(body, null));
        if (LOG.isDebugEnabled()) {
            LOG.debug("İleti Merkezi {}: POST {} ({} bytes)", operation, WireLog.url(url), body.length);
        }
        if (LOG.isTraceEnabled()) {
            LOG.trace("İleti Merkezi {} request: {}", operation, mask(new String(body, StandardCharsets.UTF_8)));
        }
        HttpAnswer answer = http.execute(post, response -> {
            HttpEntity entity = response.getEntity();
            String text = entity == null ? "" : EntityUtils.toString(entity, StandardCharsets.UTF_8);
            return new HttpAnswer(response.getCode(), text);
        });
        if (LOG.isDebugEnabled()) {
            LOG.debug("İleti Merkezi {}: HTTP {}", operation, answer.status());
        }
        if (LOG.isTraceEnabled()) {
            LOG.trace("İleti Merkezi {} answer: {}", operation, mask(answer.body()));
        }
        return answer;
    }

    /** A body or answer with its secrets masked, in XML and in JSON, for logs and exception messages. */
    public static String mask(String text) {
        String xml = WireLog.mask(text);
        return xml == null ? null : xml.replaceAll("(\"(?:password|hash)\"\\s*:\\s*\")[^\"]*(\")", "$1xxxxxx$2");
    }

    /** The start of an unreadable answer, masked, for an exception message. */
    public static String snippet(String body) {
        String flat = mask(body).replaceAll("\\s+", " ").trim();
        return flat.length() <= 200 ? flat : flat.substring(0, 200) + "...";
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
