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

import java.time.Duration;

import javax.net.ssl.SSLContext;

import io.github.cameliletimerkezi.client.ClientSettings;
import io.github.cameliletimerkezi.client.Credentials;
import io.github.cameliletimerkezi.client.CredentialsFactory;
import io.github.cameliletimerkezi.client.ProxySettings;
import io.github.cameliletimerkezi.client.ProxySettingsFactory;
import io.github.cameliletimerkezi.client.TransportSettings;

/**
 * What the built-in client of an endpoint is made from, read from the endpoint's options: its credentials, proxy,
 * address and connection settings. Used by the component, which builds the client, and by the endpoint, which checks
 * the options when it is created.
 */
final class ClientOptions {

    private ClientOptions() {
    }

    /**
     * The credentials the options describe.
     *
     * @throws IllegalArgumentException naming the options and environment variables to set
     */
    static Credentials credentials(IletiMerkeziConfiguration configuration) {
        return CredentialsFactory.fromOptions(configuration.getPublicKey(), configuration.getSecretKey(),
                configuration.getApiHash(), configuration.getUsername(), configuration.getPassword());
    }

    /** The proxy the options describe, or null for direct connections. */
    static ProxySettings proxy(IletiMerkeziConfiguration configuration) {
        return ProxySettingsFactory.fromOptions(configuration.getProxyHost(), configuration.getProxyPort(),
                configuration.getProxyUsername(), configuration.getProxyPassword());
    }

    /** Where requests go and how they authenticate. */
    static ClientSettings clientSettings(IletiMerkeziConfiguration configuration) {
        // the API takes the key when there is one; the legacy account service only ever takes username and password
        return new ClientSettings(configuration.getBaseUrl(), configuration.getAccountUrl(), credentials(configuration),
                CredentialsFactory.accountCredentials(configuration.getUsername(), configuration.getPassword()));
    }

    /** How long a request waits for a pooled connection: connectionRequestTimeout, or connectTimeout when it is 0. */
    static Duration connectionRequestTimeout(IletiMerkeziConfiguration configuration) {
        long millis = configuration.getConnectionRequestTimeout();
        return Duration.ofMillis(millis > 0 ? millis : configuration.getConnectTimeout());
    }

    /** The settings of the connection pool. */
    static TransportSettings transport(IletiMerkeziConfiguration configuration, SSLContext sslContext, ProxySettings proxy) {
        return new TransportSettings(Duration.ofMillis(configuration.getConnectTimeout()),
                Duration.ofMillis(configuration.getReadTimeout()), configuration.getMaxConnections(), sslContext,
                connectionRequestTimeout(configuration), proxy);
    }
}
