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

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Objects;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.github.cameliletimerkezi.client.xml.AuthenticationElement;

/**
 * How requests authenticate: an account's username and password, or an API key with its hash. Neither kind ever
 * shows its secret in {@code toString()}.
 */
public sealed interface Credentials permits Credentials.UsernamePassword, Credentials.ApiKey {

    /** The {@code <authentication>} element for a request. */
    AuthenticationElement toElement();

    static Credentials usernamePassword(String username, String password) {
        return new UsernamePassword(username, password);
    }

    /** Key and a ready-made hash, as the provider's panel shows them. */
    static Credentials apiKey(String publicKey, String apiHash) {
        return new ApiKey(publicKey, apiHash);
    }

    /** Key and secret; the hash is the lowercase hex HMAC-SHA256 of the public key, keyed with the secret. */
    static Credentials apiKeyWithSecret(String publicKey, String secretKey) {
        return new ApiKey(publicKey, hmacSha256Hex(secretKey, publicKey));
    }

    static String hmacSha256Hex(String secretKey, String message) {
        Objects.requireNonNull(secretKey, "secretKey");
        Objects.requireNonNull(message, "publicKey");
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secretKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
        }
    }

    record UsernamePassword(String username, String password) implements Credentials {
        public UsernamePassword {
            Objects.requireNonNull(username, "username");
            Objects.requireNonNull(password, "password");
            XmlChars.check("username", username);
            XmlChars.check("password", password);
        }

        @Override
        public AuthenticationElement toElement() {
            AuthenticationElement element = new AuthenticationElement();
            element.username = username;
            element.password = password;
            return element;
        }

        @Override
        public String toString() {
            return "UsernamePassword[username=" + username + ", password=xxxxxx]";
        }
    }

    record ApiKey(String key, String hash) implements Credentials {
        public ApiKey {
            Objects.requireNonNull(key, "publicKey");
            Objects.requireNonNull(hash, "apiHash");
            XmlChars.check("publicKey", key);
            XmlChars.check("apiHash", hash);
        }

        @Override
        public AuthenticationElement toElement() {
            AuthenticationElement element = new AuthenticationElement();
            element.key = key;
            element.hash = hash;
            return element;
        }

        @Override
        public String toString() {
            return "ApiKey[key=" + key + ", hash=xxxxxx]";
        }
    }
}
