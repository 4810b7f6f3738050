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
package io.github.cameliletimerkezi.parts;

import java.util.ArrayList;
import java.util.List;

import io.github.cameliletimerkezi.model.SendRequest;
import io.github.cameliletimerkezi.model.SmsMessage;

/**
 * What an order will cost before it is sent: each text's part count, the recipients, and the credits (parts times
 * recipients, summed over the texts). Undelivered messages are not charged by the provider, so this is the most the
 * order can cost.
 *
 * @param messages   one count per text, in order
 * @param recipients all recipients of the order
 * @param parts      the largest part count of its texts
 * @param credits    SMS credits the order takes when every recipient is delivered
 */
public record SendEstimate(List<PartCount> messages, int recipients, int parts, long credits) {

    public SendEstimate {
        messages = List.copyOf(messages);
    }

    /** The estimate of an order; texts are counted, not checked (use {@link #checked} to refuse long texts). */
    public static SendEstimate of(SendRequest request) {
        return of(request, false);
    }

    /**
     * The estimate of an order, refusing a text of more than {@value SmsPartCounter#MAX_PARTS} parts.
     *
     * @throws IllegalArgumentException naming {@code text} and the part count
     */
    public static SendEstimate checked(SendRequest request) {
        return of(request, true);
    }

    /** The estimate of one text to one recipient: its credits are the credits per recipient. */
    public static SendEstimate forOneRecipient(String text) {
        PartCount count = SmsPartCounter.count(text);
        return new SendEstimate(List.of(count), 1, count.parts(), count.parts());
    }

    private static SendEstimate of(SendRequest request, boolean check) {
        List<SmsMessage> texts = request.getMessages();
        List<PartCount> counts = new ArrayList<>(texts.size());
        int recipients = 0;
        int parts = 0;
        long credits = 0;
        for (int i = 0; i < texts.size(); i++) {
            SmsMessage message = texts.get(i);
            PartCount count = check ? SmsPartCounter.check(message.text(), texts.size() == 1 ? "the message" : "message " + (i + 1))
                    : SmsPartCounter.count(message.text());
            counts.add(count);
            recipients += message.recipients().size();
            parts = Math.max(parts, count.parts());
            credits += (long) count.parts() * message.recipients().size();
        }
        return new SendEstimate(counts, recipients, parts, credits);
    }
}
