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
package io.github.cameliletimerkezi.model;

import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A send-sms order: one sender, an optional send time and one or more texts with their recipients.
 * <p>
 * Unset fields are filled from the endpoint's configuration when the request goes through the Camel producer. The
 * request is validated by the client before anything is sent.
 */
public final class SendRequest {

    /**
     * The provider's limit of recipients in one send request, counted across the texts. A larger request is refused
     * before anything is sent, or split into several orders where the endpoint allows it.
     */
    public static final int MAX_RECIPIENTS = 50_000;

    private final List<SmsMessage> messages = new ArrayList<>();
    private String sender;
    private String sendDateTime;
    private Boolean iys;
    private IysList iysList;

    /** One text to many numbers. */
    public static SendRequest of(String text, Collection<String> recipients) {
        return new SendRequest().addMessage(text, recipients);
    }

    public SendRequest addMessage(String text, Collection<String> recipients) {
        messages.add(new SmsMessage(text, recipients == null ? null : List.copyOf(recipients)));
        return this;
    }

    public SendRequest addMessage(SmsMessage message) {
        messages.add(message);
        return this;
    }

    public List<SmsMessage> getMessages() {
        return List.copyOf(messages);
    }

    public String getSender() {
        return sender;
    }

    public SendRequest sender(String sender) {
        this.sender = sender;
        return this;
    }

    /** The send time in the provider's {@code dd/MM/yyyy HH:mm} form (Europe/Istanbul), or null for "now". */
    public String getSendDateTime() {
        return sendDateTime;
    }

    /** Schedules the order; the text must be in the provider's {@code dd/MM/yyyy HH:mm} form. */
    public SendRequest sendDateTime(String sendDateTime) {
        this.sendDateTime = sendDateTime;
        return this;
    }

    /** Schedules the order at a {@code java.time} value, converted to Europe/Istanbul at minute precision. */
    public SendRequest sendAt(TemporalAccessor time) {
        this.sendDateTime = SendTimeFormat.format(time);
        return this;
    }

    public Boolean getIys() {
        return iys;
    }

    public SendRequest iys(Boolean iys) {
        this.iys = iys;
        return this;
    }

    public IysList getIysList() {
        return iysList;
    }

    public SendRequest iysList(IysList iysList) {
        this.iysList = iysList;
        return this;
    }

    public int recipientCount() {
        return messages.stream().mapToInt(m -> m.recipients().size()).sum();
    }

    @Override
    public String toString() {
        return "SendRequest[sender=" + sender + ", sendDateTime=" + sendDateTime + ", messages=" + messages.size()
               + ", recipients=" + recipientCount() + "]";
    }
}
