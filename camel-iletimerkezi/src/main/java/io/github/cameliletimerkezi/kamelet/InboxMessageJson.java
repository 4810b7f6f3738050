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
package io.github.cameliletimerkezi.kamelet;

import io.github.cameliletimerkezi.inbox.InboxMessage;
import org.apache.camel.Exchange;
import org.apache.camel.InvalidPayloadException;
import org.apache.camel.Processor;
import org.apache.camel.util.json.JsonObject;

/**
 * Turns an inbox consumer's {@link InboxMessage} into the JSON body of the {@code iletimerkezi-inbox-source} Kamelet,
 * with camel-util-json for the same reason as {@link ReportUpdateJson}: no JSON data format needed on the classpath.
 */
public class InboxMessageJson implements Processor {

    @Override
    public void process(Exchange exchange) throws InvalidPayloadException {
        if (!(exchange.getMessage().getBody() instanceof InboxMessage message)) {
            throw new InvalidPayloadException(exchange, InboxMessage.class);
        }
        exchange.getMessage().setBody(toJson(message).toJson());
    }

    static JsonObject toJson(InboxMessage message) {
        JsonObject json = new JsonObject();
        json.put("messageId", message.key());
        json.put("phoneNumber", message.sender());
        json.put("receiver", message.receiver());
        json.put("text", message.text());
        json.put("receivedAt", message.date());
        return json;
    }
}
