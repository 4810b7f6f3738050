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

import io.github.cameliletimerkezi.parts.SendEstimate;
import org.apache.camel.Message;

/**
 * Reads what an estimate counts: the same bodies as a send. A bare text without the recipients header is counted for
 * one recipient, so its credits are the credits per recipient.
 */
public final class EstimateRequestReader {

    private EstimateRequestReader() {
    }

    public static SendEstimate read(Message message, IletiMerkeziConfiguration configuration) {
        Object body = message.getBody();
        if (body instanceof CharSequence text && message.getHeader(IletiMerkeziConstants.RECIPIENTS) == null) {
            return SendEstimate.forOneRecipient(text.toString());
        }
        return SendEstimate.of(SendRequestReader.read(message, configuration));
    }
}
