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

/**
 * Credentials from the options that describe them: an API key with its secret or hash, or a username and password.
 * The messages of its errors name the options and their environment variables, never a value.
 */
public final class CredentialsFactory {

    private CredentialsFactory() {
    }

    /**
     * The credentials the options describe. An API key with its secret wins over one with a ready-made hash, and
     * both win over username and password. Blank values count as unset.
     *
     * @throws IllegalArgumentException when no complete pair is set, naming the options and environment variables to
     *                                  set
     */
    public static Credentials fromOptions(String publicKey, String secretKey, String apiHash, String username, String password) {
        if (isSet(publicKey) && isSet(secretKey)) {
            return Credentials.apiKeyWithSecret(publicKey, secretKey);
        }
        if (isSet(publicKey) && isSet(apiHash)) {
            return Credentials.apiKey(publicKey, apiHash);
        }
        if (isSet(username) && isSet(password)) {
            return Credentials.usernamePassword(username, password);
        }
        if (isSet(publicKey)) {
            throw new IllegalArgumentException("publicKey is set but neither secretKey (IM_SECRET_KEY) nor apiHash (IM_API_HASH) is");
        }
        if (isSet(secretKey) || isSet(apiHash)) {
            throw new IllegalArgumentException("secretKey or apiHash is set but publicKey (IM_PUBLIC_KEY) is not");
        }
        if (isSet(username) || isSet(password)) {
            throw new IllegalArgumentException(
                    (isSet(username) ? "password (IM_PASSWORD)" : "username (IM_USERNAME)") + " is missing: username and password go together");
        }
        throw new IllegalArgumentException("No İleti Merkezi credentials: set publicKey with secretKey or apiHash"
                                           + " (IM_PUBLIC_KEY, IM_SECRET_KEY, IM_API_HASH), or username and password"
                                           + " (IM_USERNAME, IM_PASSWORD)");
    }

    /**
     * The username and password for the legacy account service, which takes no API key, even when an API key is what
     * authenticates the API requests; null unless both are set.
     */
    public static Credentials.UsernamePassword accountCredentials(String username, String password) {
        return isSet(username) && isSet(password) ? new Credentials.UsernamePassword(username, password) : null;
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}
