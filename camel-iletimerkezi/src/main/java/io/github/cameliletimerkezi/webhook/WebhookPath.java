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
import java.util.regex.Pattern;

/**
 * The webhook's address: a path whose last segment is a secret of at least {@value #MIN_SECRET_LENGTH} characters.
 * The provider's push carries no signature, so knowing the path is what authenticates it. Only the part before the
 * secret is ever registered with the HTTP server or logged.
 */
final class WebhookPath {

    static final int MIN_SECRET_LENGTH = 16;
    private static final Pattern SECRET = Pattern.compile("[A-Za-z0-9_\\-.~]+");

    private final String path;
    private final String prefix;

    private WebhookPath(String path, String prefix) {
        this.path = path;
        this.prefix = prefix;
    }

    /**
     * @throws IllegalArgumentException naming {@code path} and what is wrong with it, never quoting the secret
     */
    static WebhookPath of(String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("path is missing: iletimerkezi:webhook needs path=/<prefix>/<secret of at least "
                                               + MIN_SECRET_LENGTH + " characters>, the address given to the provider's panel");
        }
        String path = value.trim();
        if (!path.startsWith("/")) {
            path = "/" + path;
        }
        while (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        int slash = path.lastIndexOf('/');
        String secret = path.substring(slash + 1);
        if (secret.length() < MIN_SECRET_LENGTH || !SECRET.matcher(secret).matches()) {
            throw new IllegalArgumentException("path must end with a secret segment of at least " + MIN_SECRET_LENGTH
                                               + " letters, digits, '-', '_', '.' or '~' (its last segment has " + secret.length()
                                               + " characters): the provider's push is not signed, the secret path is what"
                                               + " keeps others from posting reports");
        }
        return new WebhookPath(path, slash == 0 ? "/" : path.substring(0, slash));
    }

    /** The path before the secret, which is registered with the HTTP server (matching everything under it). */
    String prefix() {
        return prefix;
    }

    /** Whether a request's path is this one; compared in constant time. */
    boolean matches(String requestPath) {
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
        return MessageDigest.isEqual(trimmed.getBytes(StandardCharsets.UTF_8), path.getBytes(StandardCharsets.UTF_8));
    }
}
