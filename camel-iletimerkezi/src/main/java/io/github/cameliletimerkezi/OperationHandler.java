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

import io.github.cameliletimerkezi.api.IletiMerkeziClient;
import org.apache.camel.Exchange;

/**
 * What the producer does for one operation: reads the request from the message (with the readers in
 * {@code request/}), calls the client, and writes the answer, its headers and any failure on the message.
 * <p>
 * A handler never leaves part of its work to the producer: whatever it puts on the message, and whatever it raises,
 * is the operation's whole result.
 */
@FunctionalInterface
interface OperationHandler {

    /**
     * @param exchange      the exchange whose message carries the request and receives the answer
     * @param client        the endpoint's client, started
     * @param configuration the endpoint's options, the fallback for every header
     */
    void handle(Exchange exchange, IletiMerkeziClient client, IletiMerkeziConfiguration configuration) throws Exception;
}
