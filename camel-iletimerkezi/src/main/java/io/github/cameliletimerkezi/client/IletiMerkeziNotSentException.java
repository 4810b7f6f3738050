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
 * The request never reached the provider: the connection was refused, the host name did not resolve, the TLS handshake
 * failed, the connection could not be made in time, or no pooled connection became free in time. Nothing was sent,
 * so sending again (later, or to a fixed address) cannot deliver anything twice.
 */
public class IletiMerkeziNotSentException extends IletiMerkeziTransportException {

    private static final long serialVersionUID = 1L;

    public IletiMerkeziNotSentException(String operation, String host, String reason, Throwable cause) {
        super("İleti Merkezi " + operation + " was not sent to " + host + ": " + reason, operation, host, cause);
    }
}
