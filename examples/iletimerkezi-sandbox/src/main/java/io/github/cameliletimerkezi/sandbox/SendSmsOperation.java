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
        synchronized (account) {
            return send(order, account.now());
        }
    }

    private SandboxAnswer send(XmlNode order, Instant now) {
        String sender = order.value("sender");
        if (sender == null || sender.isEmpty()) {
            return SandboxAnswer.of(459);
        }
        if (sender.length() > 11 || !sender.chars().allMatch(c -> c >= 0x20 && c <= 0x7e)) {
            return SandboxAnswer.of(460);
        }
        if (!account.settings.senders().contains(sender)) {
            return SandboxAnswer.of(450);
        }
        LocalDateTime requested = null;
        Instant sendAt = now;
        String sendDateTime = order.value("sendDateTime");
        if (sendDateTime != null && !sendDateTime.isEmpty()) {
            try {
                requested = LocalDateTime.parse(sendDateTime, SEND_TIME);
            } catch (DateTimeParseException e) {
                return SandboxAnswer.of(457);
            }
            Instant requestedInstant = requested.atZone(SandboxAccount.ISTANBUL).toInstant();
            sendAt = requestedInstant.isAfter(now) ? requestedInstant : now;
        }
        if ("1".equals(order.value("iys")) && !Set.of("BIREYSEL", "TACIR").contains(order.value("iysList"))) {
            return SandboxAnswer.of(469);
        }
        List<XmlNode> messages = order.all("message");
        if (messages.isEmpty()) {
            return SandboxAnswer.of(452);
        }
        List<String> numbers = new ArrayList<>();
        List<Integer> parts = new ArrayList<>();
        List<String> duplicateKeys = new ArrayList<>();
        long cost = 0;
        for (XmlNode message : messages) {
            String text = message.child("text") == null ? "" : message.child("text").text();
            if (text.isBlank()) {
                return SandboxAnswer.of(454);
            }
            int messageParts = SmsParts.of(text);
            if (messageParts > SmsParts.MAX_PARTS) {
                return SandboxAnswer.of(453);
            }
            XmlNode receipents = message.child("receipents");
            List<XmlNode> given = receipents == null ? List.of() : receipents.all("number");
            if (given.isEmpty()) {
                return SandboxAnswer.of(452);
            }
            TreeSet<String> canonical = new TreeSet<>();
            for (XmlNode number : given) {
                String valid = Numbers.canonical(number.text());
                if (valid == null) {
                    return SandboxAnswer.of(452);
                }
                canonical.add(valid);
                numbers.add(valid);
                parts.add(messageParts);
            }
            String key = text + "\n" + String.join(",", canonical);
            Instant last = account.recentTexts.get(key);
            if (last != null && Duration.between(last, now).compareTo(DUPLICATE_WINDOW) < 0) {
                return SandboxAnswer.of(451);
            }
            duplicateKeys.add(key);
            cost += (long) given.size() * messageParts;
        }
        if (numbers.stream().allMatch(account.blacklist::contains)) {
            return SandboxAnswer.of(452);
        }
        if (cost > account.smsCredits) {
            return SandboxAnswer.of(402);
        }
        account.smsCredits -= cost;
        duplicateKeys.forEach(key -> account.recentTexts.put(key, now));
        long id = account.nextOrderId++;
        SandboxOrder created = new SandboxOrder(id, sender, now, sendAt, requested, deliveries(id, sendAt, numbers, parts));
        account.orders.put(id, created);
        account.webhook.accepted(created);
        return new SandboxAnswer(200, XmlAnswer.status(200).open("order").element("id", id).close("order").end());
    }

    /** Reports arrive spread over the delivery delay, in recipient order; outcomes come from the seeded source. */
    private List<SandboxOrder.Recipient> deliveries(long orderId, Instant sendAt, List<String> numbers, List<Integer> parts) {
        SandboxSettings settings = account.settings;
        Random random = new Random(settings.seed() * 31 + orderId);
        long delayNanos = settings.deliveryDelay().toNanos();
        List<SandboxOrder.Recipient> recipients = new ArrayList<>(numbers.size());
        for (int i = 0; i < numbers.size(); i++) {
            Instant finalAt = sendAt.plusNanos(delayNanos * (i + 1) / numbers.size());
            boolean delivered = random.nextDouble() >= settings.failureRatio() && !account.blacklist.contains(numbers.get(i));
            recipients.add(new SandboxOrder.Recipient(numbers.get(i), finalAt, delivered, parts.get(i)));
        }
        return recipients;
    }
}
