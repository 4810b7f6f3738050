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
package io.github.cameliletimerkezi.webhook;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * The webhook's address: a path prefix (not secret) and a secret segment of at least {@value #MIN_SECRET_LENGTH}
 * characters after it. The provider's push carries no signature, so knowing the secret is what authenticates it. Only
 * the prefix is ever registered with the HTTP server, put in a URI or logged.
 */
public final class WebhookPath {

    static final int MIN_SECRET_LENGTH = 16;
    private static final Pattern SECRET = Pattern.compile("[A-Za-z0-9_\\-.~]+");
    private static final Pattern PREFIX = Pattern.compile("(/[A-Za-z0-9_\\-.~]+)*/?");

    private final String prefix;
    private final byte[] tail;

    private WebhookPath(String prefix, String secret) {
        this.prefix = prefix;
        this.tail = ((prefix.equals("/") ? "" : prefix) + "/" + secret).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * @throws IllegalArgumentException naming {@code path} or {@code webhookSecret} and what is wrong, never quoting
     *                                  the secret
     */
    public static WebhookPath of(String path, String secret) {
        if (path == null || path.isBlank()) {
            throw new IllegalArgumentException("path is missing: iletimerkezi:webhook needs path=/<prefix> (e.g. /iletimerkezi)"
                                               + " and webhookSecret (IM_WEBHOOK_SECRET); the panel's address is"
                                               + " <server>/<prefix>/<secret>");
        }
        String prefix = path.trim();
        if (!prefix.startsWith("/")) {
            prefix = "/" + prefix;
        }
        while (prefix.length() > 1 && prefix.endsWith("/")) {
            prefix = prefix.substring(0, prefix.length() - 1);
        }
        if (!PREFIX.matcher(prefix).matches()) {
            // not quoted: an address written the old way holds the secret here
            throw new IllegalArgumentException("path must be segments of letters, digits, '-', '_', '.' or '~' separated by"
                                               + " '/', e.g. /iletimerkezi");
        }
        if (secret == null || secret.isBlank()) {
            throw new IllegalArgumentException("webhookSecret is missing: set it (or IM_WEBHOOK_SECRET) to the last segment of"
                                               + " the address given to the provider's panel, at least " + MIN_SECRET_LENGTH
                                               + " characters; path holds only the part before it");
        }
        String trimmed = secret.trim();
        if (trimmed.length() < MIN_SECRET_LENGTH || !SECRET.matcher(trimmed).matches()) {
            throw new IllegalArgumentException("webhookSecret must be at least " + MIN_SECRET_LENGTH
                                               + " letters, digits, '-', '_', '.' or '~' (it has " + trimmed.length()
                                               + " characters): the provider's push is not signed, the secret is what"
                                               + " keeps others from posting reports");
        }
        return new WebhookPath(prefix, trimmed);
    }

    /** The path before the secret, which is registered with the HTTP server (matching everything under it). */
    public String prefix() {
        return prefix;
    }

    /**
     * Whether a request's path is this one, compared in constant time. Only the end is compared: a servlet container
     * (Spring Boot) puts its context path and servlet mapping in front of the prefix.
     */
    public boolean matches(String requestPath) {
        if (requestPath == null) {
            return false;
        }
        String trimmed = requestPath;
        int query = trimmed.indexOf('?');
        if (query >= 0) {
            trimmed = trimmed.substring(0, query);
        }
        while (trimmed.length() > 1 && trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        byte[] requested = trimmed.getBytes(StandardCharsets.UTF_8);
        if (requested.length < tail.length) {
            return false;
        }
        // the tail starts with '/', so whatever comes before it is whole segments
        return MessageDigest.isEqual(Arrays.copyOfRange(requested, requested.length - tail.length, requested.length), tail);
    }

    @Override
    public String toString() {
        return (prefix.equals("/") ? "" : prefix) + "/<secret>";
    }
}
