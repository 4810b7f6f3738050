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
package io.github.cameliletimerkezi.api;

import java.util.ArrayList;
import java.util.List;

import io.github.cameliletimerkezi.client.XmlChars;
import io.github.cameliletimerkezi.client.xml.MessageElement;
import io.github.cameliletimerkezi.client.xml.OrderElement;
import io.github.cameliletimerkezi.model.IysList;
import io.github.cameliletimerkezi.model.MobileNumbers;
import io.github.cameliletimerkezi.model.SendRequest;
import io.github.cameliletimerkezi.model.SendTimeFormat;
import io.github.cameliletimerkezi.model.SmsMessage;
import io.github.cameliletimerkezi.parts.SmsPartCounter;

/**
 * Turns a {@link SendRequest} into the wire order, rejecting bad input with a message that names the field. Runs
 * before any I/O, so a bad order is never sent in part.
 */
final class SendOrderFactory {

    /** The provider's limit on the sender (başlık). */
    static final int MAX_SENDER_LENGTH = 11;

    private static final String TURKISH_LETTERS = "çğıöşüÇĞİÖŞÜ";

    private SendOrderFactory() {
    }

    static OrderElement create(SendRequest request) {
        OrderElement order = new OrderElement();
        order.sender = checkSender(request.getSender());
        order.sendDateTime = request.getSendDateTime() == null || request.getSendDateTime().isBlank()
                ? null : SendTimeFormat.format(request.getSendDateTime());
        applyIys(order, request.getIys(), request.getIysList());
        order.message = messages(request.getMessages());
        return order;
    }

    private static String checkSender(String sender) {
        if (sender == null || sender.isBlank()) {
            throw new IllegalArgumentException(
                    "sender is empty: set the sender option (or IM_SENDER), the CamelIletiMerkeziSender header or the request's sender");
        }
        if (sender.length() > MAX_SENDER_LENGTH) {
            throw new IllegalArgumentException(
                    "sender '" + sender + "' has " + sender.length() + " characters; at most " + MAX_SENDER_LENGTH + " are allowed");
        }
        for (int i = 0; i < sender.length(); i++) {
            char c = sender.charAt(i);
            if (TURKISH_LETTERS.indexOf(c) >= 0 || c < 0x20 || c > 0x7e) {
                throw new IllegalArgumentException("sender '" + sender + "' contains '" + c
                                                   + "': only ASCII letters, digits and punctuation are allowed (no Turkish letters)");
            }
        }
        return sender;
    }

    private static void applyIys(OrderElement order, Boolean iys, IysList iysList) {
        if (iys == null) {
            if (iysList != null) {
                order.iysList = iysList.name();
            }
            return;
        }
        if (iys && iysList == null) {
            throw new IllegalArgumentException("iysList is required when iys is true: set it to BIREYSEL or TACIR");
        }
        order.iys = iys ? "1" : "0";
        order.iysList = iys ? iysList.name() : null;
    }

    private static List<MessageElement> messages(List<SmsMessage> messages) {
        if (messages.isEmpty()) {
            throw new IllegalArgumentException("messages: the order has no message; give a text and its recipients");
        }
        List<MessageElement> elements = new ArrayList<>(messages.size());
        int total = 0;
        for (int m = 0; m < messages.size(); m++) {
            SmsMessage message = messages.get(m);
            String label = messages.size() == 1 ? "the message" : "message " + (m + 1);
            if (message.text() == null || message.text().isBlank()) {
                throw new IllegalArgumentException("text: " + label + " has an empty text");
            }
            XmlChars.check("text of " + label, message.text());
            SmsPartCounter.check(message.text(), label);
            if (message.recipients().isEmpty()) {
                throw new IllegalArgumentException("recipients: " + label + " has no recipients");
            }
            total += message.recipients().size();
            if (total > SendRequest.MAX_RECIPIENTS) {
                throw new IllegalArgumentException("recipients: the order has more than " + SendRequest.MAX_RECIPIENTS
                                                   + " recipients, the provider's limit for one request; split it into several orders");
            }
            List<String> numbers = new ArrayList<>(message.recipients().size());
            for (int r = 0; r < message.recipients().size(); r++) {
                numbers.add(MobileNumbers.normalize(message.recipients().get(r), label, r + 1));
            }
            elements.add(new MessageElement(message.text(), numbers));
        }
        return elements;
    }
}
