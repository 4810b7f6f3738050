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
 * Where a client sends its requests and how it authenticates.
 *
 * @param baseUrl            the API root, for example {@code https://api.iletimerkezi.com/v1}
 * @param accountUrl         the legacy account-info address, or null when the account operation is not used
 * @param credentials        how API requests authenticate
 * @param accountCredentials the username and password for the legacy account service, which takes no API key; null
 *                           to use {@code credentials} when they are a username and password
 */
public record ClientSettings(String baseUrl, String accountUrl, Credentials credentials,
        Credentials.UsernamePassword accountCredentials) {

    public static final String DEFAULT_BASE_URL = "https://api.iletimerkezi.com/v1";

    public ClientSettings {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(credentials, "credentials");
        while (baseUrl.endsWith("/")) {
            baseUrl = baseUrl.substring(0, baseUrl.length() - 1);
        }
    }

    public ClientSettings(String baseUrl, String accountUrl, Credentials credentials) {
        this(baseUrl, accountUrl, credentials,
             credentials instanceof Credentials.UsernamePassword user ? user : null);
    }

    public static ClientSettings of(Credentials credentials) {
        return new ClientSettings(DEFAULT_BASE_URL, null, credentials);
    }
}
