package io.github.cameliletimerkezi.sandbox;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * One account at the sandbox and the provider's rules for it: balance, approved senders, orders, the 10-minute
 * duplicate rule, scheduled orders and delivery progress. Every operation takes the account's lock, so the state stays
 * consistent under concurrent requests.
 */
final class SandboxAccount {

    private static final ZoneId ISTANBUL = ZoneId.of("Europe/Istanbul");
    private static final DateTimeFormatter SEND_TIME
            = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter REPORT_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final Duration DUPLICATE_WINDOW = Duration.ofMinutes(10);
    private static final int MAX_ROW_COUNT = 1000;

    private final SandboxSettings settings;
    private final SandboxBlacklist blacklist;
    private final SandboxWebhook webhook;
    private final Map<Long, SandboxOrder> orders = new HashMap<>();
    private final Map<String, Instant> recentTexts = new HashMap<>();
    private long smsCredits;
    private BigDecimal amount;
    private long nextOrderId;

    SandboxAccount(SandboxSettings settings) {
        this.settings = settings;
        this.blacklist = new SandboxBlacklist(settings.clock());
        this.webhook = new SandboxWebhook(settings.clock());
        this.smsCredits = settings.smsCredits();
        this.amount = settings.amount();
        this.nextOrderId = settings.firstOrderId();
    }

    synchronized List<SandboxOrder> orders() {
        return List.copyOf(orders.values());
    }

    SandboxWebhook webhook() {
        return webhook;
    }

    SandboxBlacklist blacklist() {
        return blacklist;
    }

    synchronized long smsCredits() {
        return smsCredits;
    }

    synchronized SandboxAnswer balance() {
        return new SandboxAnswer(200, XmlAnswer.status(200).open("balance").element("amount", amount.toPlainString())
                .element("sms", smsCredits).close("balance").end());
    }

    SandboxAnswer senders() {
        XmlAnswer answer = XmlAnswer.status(200).open("senders");
        settings.senders().forEach(sender -> answer.element("sender", sender));
        return new SandboxAnswer(200, answer.close("senders").end());
    }

    synchronized SandboxAnswer send(XmlNode order) {
        Instant now = settings.clock().instant();
        if (order == null) {
            return SandboxAnswer.of(400);
        }
        String sender = order.value("sender");
        if (sender == null || sender.isEmpty()) {
            return SandboxAnswer.of(459);
        }
        if (sender.length() > 11 || !sender.chars().allMatch(c -> c >= 0x20 && c <= 0x7e)) {
            return SandboxAnswer.of(460);
        }
        if (!settings.senders().contains(sender)) {
            return SandboxAnswer.of(450);
        }
        Instant sendAt = now;
        boolean scheduled = false;
        String sendDateTime = order.value("sendDateTime");
        if (sendDateTime != null && !sendDateTime.isEmpty()) {
            try {
                Instant requested = LocalDateTime.parse(sendDateTime, SEND_TIME).atZone(ISTANBUL).toInstant();
                scheduled = requested.isAfter(now);
                sendAt = scheduled ? requested : now;
            } catch (DateTimeParseException e) {
                return SandboxAnswer.of(457);
            }
        }
        if ("1".equals(order.value("iys")) && !Set.of("BIREYSEL", "TACIR").contains(order.value("iysList"))) {
            return SandboxAnswer.of(469);
        }
        List<XmlNode> messages = order.all("message");
        if (messages.isEmpty()) {
            return SandboxAnswer.of(452);
        }
        List<String[]> accepted = new ArrayList<>();
        List<String> duplicateKeys = new ArrayList<>();
        long cost = 0;
        for (XmlNode message : messages) {
            String text = message.child("text") == null ? "" : message.child("text").text();
            if (text.isBlank()) {
                return SandboxAnswer.of(454);
            }
            int parts = SmsParts.of(text);
            if (parts > SmsParts.MAX_PARTS) {
                return SandboxAnswer.of(453);
            }
            XmlNode receipents = message.child("receipents");
            List<XmlNode> numbers = receipents == null ? List.of() : receipents.all("number");
            if (numbers.isEmpty()) {
                return SandboxAnswer.of(452);
            }
            TreeSet<String> canonical = new TreeSet<>();
            for (XmlNode number : numbers) {
                String valid = Numbers.canonical(number.text());
                if (valid == null) {
                    return SandboxAnswer.of(452);
                }
                canonical.add(valid);
                accepted.add(new String[] { valid, String.valueOf(parts) });
            }
            String key = text + "\n" + String.join(",", canonical);
            Instant last = recentTexts.get(key);
            if (last != null && Duration.between(last, now).compareTo(DUPLICATE_WINDOW) < 0) {
                return SandboxAnswer.of(451);
            }
            duplicateKeys.add(key);
            cost += (long) numbers.size() * parts;
        }
        if (accepted.stream().allMatch(number -> blacklist.contains(number[0]))) {
            return SandboxAnswer.of(452);
        }
        if (cost > smsCredits) {
            return SandboxAnswer.of(402);
        }
        smsCredits -= cost;
        amount = amount.subtract(settings.pricePerPart().multiply(BigDecimal.valueOf(cost))).max(BigDecimal.ZERO);
        duplicateKeys.forEach(key -> recentTexts.put(key, now));
        long id = nextOrderId++;
        SandboxOrder created = new SandboxOrder(id, sender, now, sendAt, scheduled, deliveries(id, sendAt, accepted),
                settings.pricePerPart());
        orders.put(id, created);
        webhook.accepted(created);
        return new SandboxAnswer(200, XmlAnswer.status(200).open("order").element("id", id).close("order").end());
    }

    /** Reports arrive spread over the delivery delay, in recipient order; outcomes come from the seeded source. */
    private List<SandboxOrder.Recipient> deliveries(long orderId, Instant sendAt, List<String[]> accepted) {
        Random random = new Random(settings.seed() * 31 + orderId);
        long delayNanos = settings.deliveryDelay().toNanos();
        List<SandboxOrder.Recipient> recipients = new ArrayList<>(accepted.size());
        for (int i = 0; i < accepted.size(); i++) {
            Instant finalAt = sendAt.plusNanos(delayNanos * (i + 1) / accepted.size());
            boolean delivered = random.nextDouble() >= settings.failureRatio() && !blacklist.contains(accepted.get(i)[0]);
            recipients.add(new SandboxOrder.Recipient(accepted.get(i)[0], finalAt, delivered,
                    Integer.parseInt(accepted.get(i)[1])));
        }
        return recipients;
    }

    synchronized SandboxAnswer cancel(XmlNode order) {
        SandboxOrder found = find(order);
        Instant now = settings.clock().instant();
        if (found == null || found.cancelled || found.hasStarted(now)) {
            return SandboxAnswer.of(455);
        }
        found.cancelled = true;
        long refund = found.totalParts();
        smsCredits += refund;
        amount = amount.add(found.pricePerPart.multiply(BigDecimal.valueOf(refund)));
        return SandboxAnswer.of(200);
    }

    synchronized SandboxAnswer report(XmlNode order) {
        SandboxOrder found = find(order);
        if (found == null) {
            return SandboxAnswer.of(455);
        }
        Instant now = settings.clock().instant();
        if (!found.cancelled && !found.hasStarted(now)) {
            return SandboxAnswer.of(456);
        }
        int page = intValue(order.value("page"), 1);
        int rowCount = Math.min(intValue(order.value("rowCount"), MAX_ROW_COUNT), MAX_ROW_COUNT);
        if (page < 1) {
            return SandboxAnswer.of(464);
        }
        if (rowCount < 1) {
            return SandboxAnswer.of(400);
        }
        int delivered = 0;
        int undelivered = 0;
        int deliveredParts = 0;
        for (SandboxOrder.Recipient recipient : found.recipients) {
            int status = found.cancelled ? 110 : recipient.statusAt(now);
            if (status == 111) {
                delivered++;
                deliveredParts += recipient.parts();
            } else if (status == 112) {
                undelivered++;
            }
        }
        int total = found.recipients.size();
        int waiting = total - delivered - undelivered;
        int orderStatus = found.cancelled ? 115 : waiting == 0 ? 114 : 113;
        XmlAnswer answer = XmlAnswer.status(200).open("order").element("id", found.id).element("status", orderStatus)
                .element("total", total).element("delivered", delivered).element("undelivered", undelivered)
                .element("waiting", waiting).element("submitAt", reportTime(found.submitAt))
                .element("sendAt", reportTime(found.sendAt)).element("sender", found.sender)
                .element("price", found.pricePerPart.multiply(BigDecimal.valueOf(deliveredParts))
                        .setScale(4, RoundingMode.HALF_UP).toPlainString().replace('.', ','));
        int from = (page - 1) * rowCount;
        for (int i = from; i < Math.min(from + rowCount, total); i++) {
            SandboxOrder.Recipient recipient = found.recipients.get(i);
            answer.open("message").element("number", recipient.number())
                    .element("status", found.cancelled ? 110 : recipient.statusAt(now)).close("message");
        }
        return new SandboxAnswer(200, answer.close("order").end());
    }

    SandboxAnswer accountInfo() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name_surname", "Sandbox Hesabı");
        fields.put("tc_number", "11111111110");
        fields.put("title", "Bireysel");
        fields.put("email", "sandbox@example.com");
        fields.put("gsm", settings.username());
        // the real service returns the password in clear text; the sandbox does too, so clients are tested for it
        fields.put("password", settings.password());
        fields.put("city", "İstanbul");
        return new SandboxAnswer(200, XmlAnswer.document("userInfo", fields));
    }

    private SandboxOrder find(XmlNode order) {
        if (order == null) {
            return null;
        }
        try {
            return orders.get(Long.parseLong(order.value("id")));
        } catch (NumberFormatException | NullPointerException e) {
            return null;
        }
    }

    private static int intValue(String text, int fallback) {
        if (text == null || text.isEmpty()) {
            return fallback;
        }
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static String reportTime(Instant instant) {
        return REPORT_TIME.format(instant.atZone(ISTANBUL));
    }
}
