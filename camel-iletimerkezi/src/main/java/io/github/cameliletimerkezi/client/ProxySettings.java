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

import java.util.Objects;

/**
 * An HTTP proxy requests go through.
 *
 * @param host     the proxy host
 * @param port     the proxy port
 * @param username the username for Basic proxy authentication, or null
 * @param password the password for Basic proxy authentication, or null
 */
public record ProxySettings(String host, int port, String username, String password) {

    public ProxySettings {
        Objects.requireNonNull(host, "host");
        if (host.isBlank()) {
            throw new IllegalArgumentException("proxyHost is empty");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("proxyPort must be between 1 and 65535, was " + port);
        }
    }

    public boolean hasCredentials() {
        return username != null && !username.isBlank();
    }

    /** Without the password. */
    @Override
    public String toString() {
        return "ProxySettings[" + host + ":" + port + (hasCredentials() ? ", username=" + username : "") + "]";
    }
}
