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

import java.time.Duration;
import java.util.Objects;

import javax.net.ssl.SSLContext;

/**
 * What an HTTP connection pool is built from. Clients whose settings are equal can share one pool.
 *
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout    how long to wait for the answer
 * @param maxConnections the pool's size
 * @param sslContext     the TLS context, or null for the JVM's defaults (certificates verified)
 * @param connectionRequestTimeout how long a request waits for a free pooled connection when all
 *                       {@code maxConnections} are busy
 * @param proxy          the HTTP proxy to go through, or null for direct connections
 */
public record TransportSettings(Duration connectTimeout, Duration readTimeout, int maxConnections, SSLContext sslContext,
        Duration connectionRequestTimeout, ProxySettings proxy) {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    public static final int DEFAULT_MAX_CONNECTIONS = 20;

    /** Direct connections; waits for a pooled connection as long as for a new one. */
    public TransportSettings(Duration connectTimeout, Duration readTimeout, int maxConnections, SSLContext sslContext) {
        this(connectTimeout, readTimeout, maxConnections, sslContext, connectTimeout, null);
    }

    public TransportSettings {
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(connectionRequestTimeout, "connectionRequestTimeout");
        if (connectionRequestTimeout.isNegative() || connectionRequestTimeout.isZero()) {
            throw new IllegalArgumentException("connectionRequestTimeout must be positive, was " + connectionRequestTimeout);
        }
        Objects.requireNonNull(readTimeout, "readTimeout");
        if (connectTimeout.isNegative() || connectTimeout.isZero()) {
            throw new IllegalArgumentException("connectTimeout must be positive, was " + connectTimeout);
        }
        if (readTimeout.isNegative() || readTimeout.isZero()) {
            throw new IllegalArgumentException("readTimeout must be positive, was " + readTimeout);
        }
        if (maxConnections < 1) {
            throw new IllegalArgumentException("maxConnections must be at least 1, was " + maxConnections);
        }
    }

    public static TransportSettings defaults() {
        return new TransportSettings(DEFAULT_TIMEOUT, DEFAULT_TIMEOUT, DEFAULT_MAX_CONNECTIONS, null);
    }
}
