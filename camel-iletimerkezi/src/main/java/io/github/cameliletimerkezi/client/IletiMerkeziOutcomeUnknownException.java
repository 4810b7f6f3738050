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
 * The request was written but no complete answer came: the connection was reset or closed, or the answer did not come
 * within the read timeout. The provider may have acted on it. For a send, sending again may deliver the SMS twice
 * (the provider refuses the same text to the same numbers within 10 minutes with 451, which then means "probably sent
 * already"); check the order first.
 */
public class IletiMerkeziOutcomeUnknownException extends IletiMerkeziTransportException {

    private static final long serialVersionUID = 1L;

    public IletiMerkeziOutcomeUnknownException(String operation, String host, String reason, Throwable cause) {
        super("İleti Merkezi " + operation + " to " + host + " has an unknown outcome: " + reason
              + "; the request may have reached the provider", operation, host, cause);
    }
}
