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
 * No answer came from the provider: the connection could not be made, or it broke or timed out. The message names the
 * operation and the host; the network exception is the cause. Its two subclasses tell a route what it may do next:
 * {@link IletiMerkeziNotSentException} (the request never left, sending again is safe) and
 * {@link IletiMerkeziOutcomeUnknownException} (the request may have reached the provider).
 */
public abstract class IletiMerkeziTransportException extends IletiMerkeziException {

    private static final long serialVersionUID = 1L;

    private final String host;

    protected IletiMerkeziTransportException(String message, String operation, String host, Throwable cause) {
        super(message, operation, 0, cause);
        this.host = host;
    }

    /** The host (and port, when one was given) the request was for. */
    public String getHost() {
        return host;
    }
}
