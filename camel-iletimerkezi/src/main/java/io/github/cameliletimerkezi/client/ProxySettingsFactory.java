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

/** The proxy from the options that describe it, checked together. */
public final class ProxySettingsFactory {

    private ProxySettingsFactory() {
    }

    /**
     * The proxy the options describe, or null for direct connections (no host). Blank values count as unset.
     *
     * @throws IllegalArgumentException when the port is missing, when a port or credentials are set without a host, or
     *                                  when only one of username and password is set
     */
    public static ProxySettings fromOptions(String host, Integer port, String username, String password) {
        if (!isSet(host)) {
            if (port != null || isSet(username) || isSet(password)) {
                throw new IllegalArgumentException("proxyPort, proxyUsername or proxyPassword is set but proxyHost is not");
            }
            return null;
        }
        if (port == null) {
            throw new IllegalArgumentException("proxyPort is required with proxyHost " + host);
        }
        if (isSet(username) != isSet(password)) {
            throw new IllegalArgumentException((isSet(username) ? "proxyPassword" : "proxyUsername")
                                               + " is missing: proxyUsername and proxyPassword go together");
        }
        return new ProxySettings(host.trim(), port, username, password);
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}
