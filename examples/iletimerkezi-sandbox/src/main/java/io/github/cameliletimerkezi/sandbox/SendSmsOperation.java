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
package io.github.cameliletimerkezi.sandbox;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code send-sms}: the sender, send-time, İYS, text, recipient, duplicate and balance rules, in the order the
 * provider applies them; an order that passes debits its credits and gets the next order id.
 */
final class SendSmsOperation implements SandboxOperation {

    private static final DateTimeFormatter SEND_TIME
            = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm").withResolverStyle(ResolverStyle.STRICT);
    private static final Duration DUPLICATE_WINDOW = Duration.ofMinutes(10);

    private final SandboxAccount account;

    SendSmsOperation(SandboxAccount account) {
        this.account = account;
    }

    @Override
    public SandboxAnswer answer(XmlNode request) {
        XmlNode order = request.child("order");
        if (order == null) {
            return SandboxAnswer.of(400);
        }
        // the rules that need no account state are applied outside its monitor, so concurrent sends hold it briefly
        CheckedOrder checked = check(order);
        if (checked.refusal() != null && checked.messagesChecked() == 0) {
            return checked.refusal();
        }
        long id;
        synchronized (account) {
            Object result = send(checked, account.now());
            if (result instanceof SandboxAnswer refusal) {
                return refusal;
            }
            id = (Long) result;
        }
        return new SandboxAnswer(200, XmlAnswer.status(200).open("order").element("id", id).close("order").end());
    }

    /**
     * An order read and checked against the rules that need no account state. {@code refusal} is the first of those
     * rules it breaks, found at message {@code messagesChecked} (all of them when there is none): the duplicate rule,
     * which needs the account, still comes first for the messages before it, as the provider applies the rules one
     * message after another.
     */
    private record CheckedOrder(String sender, LocalDateTime requested, List<String> numbers, List<String> texts,
            List<Integer> parts,
            List<String> duplicateKeys, List<Long> costs, int messagesChecked, SandboxAnswer refusal) {
    }

    private CheckedOrder check(XmlNode order) {
        List<String> numbers = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        List<Integer> parts = new ArrayList<>();
        List<String> duplicateKeys = new ArrayList<>();
        List<Long> costs = new ArrayList<>();
        String sender = order.value("sender");
        if (sender == null || sender.isEmpty()) {
            return refused(459);
        }
        if (sender.length() > 11 || !sender.chars().allMatch(c -> c >= 0x20 && c <= 0x7e)) {
            return refused(460);
        }
        if (!account.settings.senders().contains(sender)) {
            return refused(450);
        }
        LocalDateTime requested = null;
        String sendDateTime = order.value("sendDateTime");
        if (sendDateTime != null && !sendDateTime.isEmpty()) {
            try {
                requested = LocalDateTime.parse(sendDateTime, SEND_TIME);
            } catch (DateTimeParseException e) {
                return refused(457);
            }
        }
        if ("1".equals(order.value("iys")) && !Set.of("BIREYSEL", "TACIR").contains(order.value("iysList"))) {
            return refused(469);
        }
        List<XmlNode> messages = order.all("message");
        if (messages.isEmpty()) {
            return refused(452);
        }
        for (int m = 0; m < messages.size(); m++) {
            XmlNode message = messages.get(m);
            String text = message.child("text") == null ? "" : message.child("text").text();
            SandboxAnswer refusal = null;
            int messageParts = 0;
            XmlNode receipents = message.child("receipents");
            List<XmlNode> given = receipents == null ? List.of() : receipents.all("number");
            TreeSet<String> canonical = new TreeSet<>();
            if (text.isBlank()) {
                refusal = SandboxAnswer.of(454);
            } else if ((messageParts = SmsParts.of(text)) > SmsParts.MAX_PARTS) {
                refusal = SandboxAnswer.of(453);
            } else if (given.isEmpty()) {
                refusal = SandboxAnswer.of(452);
            } else {
                for (XmlNode number : given) {
                    String valid = Numbers.canonical(number.text());
                    if (valid == null || TestNumbers.refused(valid)) {
                        refusal = SandboxAnswer.of(452);
                        break;
                    }
                    canonical.add(valid);
                    numbers.add(valid);
                    texts.add(text);
                    parts.add(messageParts);
                }
            }
            if (refusal != null) {
                return new CheckedOrder(sender, requested, numbers, texts, parts, duplicateKeys, costs, m, refusal);
            }
            duplicateKeys.add(text + "\n" + String.join(",", canonical));
            costs.add((long) given.size() * messageParts);
        }
        return new CheckedOrder(sender, requested, numbers, texts, parts, duplicateKeys, costs, messages.size(), null);
    }

    private static CheckedOrder refused(int code) {
        return new CheckedOrder(null, null, List.of(), List.of(), List.of(), List.of(), List.of(), 0, SandboxAnswer.of(code));
    }

    /** The rules that need the account, then the order's creation: a refusal, or the new order's id. */
    private Object send(CheckedOrder order, Instant now) {
        long cost = 0;
        for (int m = 0; m < order.duplicateKeys().size(); m++) {
            Instant last = account.recentTexts.get(order.duplicateKeys().get(m));
            if (last != null && Duration.between(last, now).compareTo(DUPLICATE_WINDOW) < 0) {
                return SandboxAnswer.of(451);
            }
            cost += order.costs().get(m);
        }
        if (order.refusal() != null) {
            return order.refusal();
        }
        Instant sendAt = now;
        if (order.requested() != null) {
            Instant requestedInstant = order.requested().atZone(SandboxAccount.ISTANBUL).toInstant();
            sendAt = requestedInstant.isAfter(now) ? requestedInstant : now;
        }
        List<String> numbers = order.numbers();
        if (numbers.stream().allMatch(account.blacklist::contains)) {
            return SandboxAnswer.of(452);
        }
        if (cost > account.smsCredits) {
            return SandboxAnswer.of(402);
        }
        account.smsCredits -= cost;
        order.duplicateKeys().forEach(key -> account.recentTexts.put(key, now));
        long id = account.nextOrderId++;
        SandboxOrder created = new SandboxOrder(id, order.sender(), now, sendAt, order.requested(),
                deliveries(id, sendAt, numbers, order.texts(), order.parts()));
        account.orders.put(id, created);
        account.webhook.accepted(created);
        return id;
    }

    /**
     * Reports arrive spread over the delivery delay, in recipient order; outcomes come from the seeded source, except
     * for the test numbers, whose outcome and time are fixed.
     */
    private List<SandboxOrder.Recipient> deliveries(long orderId, Instant sendAt, List<String> numbers, List<String> texts,
                                                    List<Integer> parts) {
        SandboxSettings settings = account.settings;
        Random random = new Random(settings.seed() * 31 + orderId);
        long delayNanos = settings.deliveryDelay().toNanos();
        List<SandboxOrder.Recipient> recipients = new ArrayList<>(numbers.size());
        for (int i = 0; i < numbers.size(); i++) {
            Instant finalAt = sendAt.plusNanos(delayNanos * (i + 1) / numbers.size());
            boolean delivered = random.nextDouble() >= settings.failureRatio() && !account.blacklist.contains(numbers.get(i));
            TestNumbers test = TestNumbers.of(numbers.get(i));
            if (test != null) {
                finalAt = switch (test) {
                    case DELIVERED_LATER -> sendAt.plus(TestNumbers.LATER);
                    case NEVER_FINAL -> null;
                    default -> sendAt;
                };
                delivered = test != TestNumbers.UNDELIVERED;
            }
            recipients.add(new SandboxOrder.Recipient(numbers.get(i), texts.get(i), finalAt, delivered, parts.get(i)));
        }
        return recipients;
    }
}
