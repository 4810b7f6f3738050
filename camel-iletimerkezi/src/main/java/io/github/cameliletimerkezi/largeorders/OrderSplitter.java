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
package io.github.cameliletimerkezi.largeorders;

import java.util.ArrayList;
import java.util.List;

import io.github.cameliletimerkezi.model.SendRequest;
import io.github.cameliletimerkezi.model.SmsMessage;

/**
 * Cuts an order of more recipients than the provider takes in one request ({@value SendRequest#MAX_RECIPIENTS}) into
 * orders of at most that many, in the order the recipients were given: chunk k holds recipients k × limit to
 * (k + 1) × limit - 1, counted across the texts. Each chunk keeps the sender, send time and İYS flags; a text whose
 * recipients span two chunks appears in both.
 */
public final class OrderSplitter {

    private OrderSplitter() {
    }

    public static List<SendRequest> split(SendRequest order) {
        return split(order, SendRequest.MAX_RECIPIENTS);
    }

    static List<SendRequest> split(SendRequest order, int limit) {
        if (order.recipientCount() <= limit) {
            return List.of(order);
        }
        List<SendRequest> chunks = new ArrayList<>();
        SendRequest chunk = emptyLike(order);
        int inChunk = 0;
        for (SmsMessage message : order.getMessages()) {
            List<String> recipients = message.recipients();
            int from = 0;
            while (from < recipients.size()) {
                int take = Math.min(limit - inChunk, recipients.size() - from);
                chunk.addMessage(message.text(), recipients.subList(from, from + take));
                from += take;
                inChunk += take;
                if (inChunk == limit) {
                    chunks.add(chunk);
                    chunk = emptyLike(order);
                    inChunk = 0;
                }
            }
        }
        if (inChunk > 0) {
            chunks.add(chunk);
        }
        return chunks;
    }

    private static SendRequest emptyLike(SendRequest order) {
        return new SendRequest().sender(order.getSender()).sendDateTime(order.getSendDateTime()).iys(order.getIys())
                .iysList(order.getIysList());
    }
}
