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
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;

import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;

import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.classic.methods.HttpUriRequest;
import org.apache.hc.core5.http.ConnectionClosedException;
import org.apache.hc.core5.http.ConnectionRequestTimeoutException;
import org.apache.hc.core5.http.NoHttpResponseException;

/**
 * Sorts a network failure into the two kinds a caller acts on differently: the request never left (nothing can have
 * been delivered), or it may have reached the provider. Only failures before the request was written count as not
 * sent; anything else, including a reset whose timing is unclear, is an unknown outcome.
 */
final class TransportFailures {

    private TransportFailures() {
    }

    static IletiMerkeziTransportException wrap(String operation, HttpUriRequest request, IOException failure) {
        String host = host(request);
        String reason = reason(failure);
        if (failure instanceof ConnectionRequestTimeoutException) {
            return new IletiMerkeziNotSentException(operation, host,
                    "no pooled connection became free within the connectionRequestTimeout (every one of the"
                                                                     + " maxConnections is in use)", failure);
        }
        if (failure instanceof ConnectException || failure instanceof UnknownHostException
            || failure instanceof NoRouteToHostException || failure instanceof ConnectTimeoutException
            || failure instanceof SSLHandshakeException || failure instanceof SSLPeerUnverifiedException) {
            return new IletiMerkeziNotSentException(operation, host, reason, failure);
        }
        return new IletiMerkeziOutcomeUnknownException(operation, host, reason, failure);
    }

    private static String reason(IOException failure) {
        String kind;
        if (failure instanceof ConnectionRequestTimeoutException) {
            kind = "no pooled connection free";
        } else if (failure instanceof ConnectTimeoutException) {
            kind = "connect timed out";
        } else if (failure instanceof ConnectException) {
            kind = "connection refused";
        } else if (failure instanceof UnknownHostException) {
            kind = "unknown host";
        } else if (failure instanceof SSLHandshakeException) {
            kind = "TLS handshake failed";
        } else if (failure instanceof SSLPeerUnverifiedException) {
            kind = "TLS peer not verified";
        } else if (failure instanceof SocketTimeoutException) {
            kind = "read timed out";
        } else if (failure instanceof NoHttpResponseException) {
            kind = "the server closed the connection without answering";
        } else if (failure instanceof ConnectionClosedException) {
            kind = "the connection closed before the answer was complete";
        } else if (failure instanceof SocketException) {
            kind = "connection broken";
        } else {
            kind = "I/O failure";
        }
        return kind + " (" + failure.getClass().getSimpleName()
               + (failure.getMessage() == null ? "" : ": " + failure.getMessage()) + ")";
    }

    private static String host(HttpUriRequest request) {
        try {
            return host(request.getUri().toString());
        } catch (Exception e) {
            return "(unknown host)";
        }
    }

    /** The host and port of an address, without user info, path or query; null for none. */
    static String host(String address) {
        if (address == null || address.isBlank()) {
            return null;
        }
        try {
            URI uri = URI.create(address.trim());
            if (uri.getHost() == null) {
                return "the same host (relative Location)";
            }
            return uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
        } catch (IllegalArgumentException e) {
            return "(unreadable address)";
        }
    }
}
