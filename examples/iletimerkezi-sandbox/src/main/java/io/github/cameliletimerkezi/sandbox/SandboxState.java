package io.github.cameliletimerkezi.sandbox;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What the console shows, as one JSON document ({@code GET /sandbox/state}): the balance, the latest orders with their
 * texts (parts and encoding) and each recipient's status timeline, the inbox and the pushes with their answers. Built
 * on request from the account's state, so keeping it costs the API nothing; the lists are capped so that a load test's
 * orders do not make the page heavy.
 */
final class SandboxState {

    static final int MAX_ORDERS = 50;
    static final int MAX_RECIPIENTS = 100;
    static final int MAX_PUSHES = 200;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");

    private final SandboxAccount account;
    private final SandboxInbox inbox;

    SandboxState(SandboxAccount account, SandboxInbox inbox) {
        this.account = account;
        this.inbox = inbox;
    }

    ObjectNode build() {
        Instant now = account.now();
        ObjectNode state = SandboxJsonApi.MAPPER.createObjectNode();
        state.put("now", time(now));
        state.putObject("balance").put("sms", account.smsCredits()).put("amount", account.settings.amount());
        ArrayNode targets = state.putArray("pushTargets");
        account.webhook.urls().forEach(targets::add);
        ArrayNode orders = state.putArray("orders");
        List<SandboxOrder> latest = account.ordersSnapshot().stream()
                .sorted(Comparator.comparingLong((SandboxOrder o) -> o.id).reversed()).limit(MAX_ORDERS).toList();
        for (SandboxOrder order : latest) {
            order(orders.addObject(), order, now);
        }
        ArrayNode messages = state.putArray("inbox");
        for (SandboxInbox.Received received : inbox.latest(MAX_ORDERS)) {
            messages.addObject().put("id", received.id()).put("date", received.date()).put("sender", received.sender())
                    .put("receiver", received.receiver()).put("text", received.text());
        }
        ArrayNode pushes = state.putArray("pushes");
        account.webhook.attempts().stream().limit(MAX_PUSHES).forEach(attempt -> pushes.addObject()
                .put("sequence", attempt.sequence()).put("at", time(attempt.at())).put("url", attempt.url())
                .put("orderId", attempt.orderId()).put("messageId", attempt.messageId()).put("to", attempt.to())
                .put("status", attempt.status()).put("attempt", attempt.attempt()).put("httpStatus", attempt.httpStatus())
                .put("answer", attempt.answer()).put("retried", attempt.retried()));
        return state;
    }

    private static void order(ObjectNode node, SandboxOrder order, Instant now) {
        node.put("id", order.id).put("sender", order.sender).put("submitAt", time(order.submitAt))
                .put("sendAt", time(order.sendAt)).put("cancelled", order.cancelled)
                .put("started", order.hasStarted(now)).put("recipientCount", order.recipients.size());
        // recipients grouped by their text, in the order's order: one entry a message of the request
        Map<String, ArrayNode> byText = new LinkedHashMap<>();
        ArrayNode messages = node.putArray("messages");
        int waiting = 0;
        for (int i = 0; i < order.recipients.size(); i++) {
            SandboxOrder.Recipient recipient = order.recipients.get(i);
            int status = order.cancelled ? 110 : recipient.statusAt(now);
            waiting += status == 110 ? 1 : 0;
            if (i >= MAX_RECIPIENTS) {
                continue;
            }
            ArrayNode recipients = byText.computeIfAbsent(recipient.text(), text -> {
                ObjectNode message = messages.addObject().put("text", text).put("parts", SmsParts.of(text))
                        .put("encoding", SmsParts.encoding(text).label).put("characters", text.codePointCount(0, text.length()));
                return message.putArray("recipients");
            });
            recipient(recipients.addObject(), order, i, recipient, status, now);
        }
        node.put("status", order.cancelled ? 115 : waiting == 0 ? 114 : 113);
    }

    private static void recipient(ObjectNode node, SandboxOrder order, int index, SandboxOrder.Recipient recipient,
                                  int status, Instant now) {
        TestNumbers test = TestNumbers.of(recipient.number());
        node.put("index", index).put("number", recipient.number()).put("status", status)
                .put("statusText", statusText(status, order.cancelled))
                .put("testNumber", test == null ? null : test.description)
                .put("settleable", !order.cancelled && order.hasStarted(now) && status == 110);
        ArrayNode timeline = node.putArray("timeline");
        if (order.cancelled) {
            timeline.addObject().put("at", time(order.submitAt)).put("status", 115).put("text", "order cancelled");
            return;
        }
        if (!order.hasStarted(now)) {
            timeline.addObject().put("at", time(order.sendAt)).put("status", 110).put("text", "scheduled");
            return;
        }
        timeline.addObject().put("at", time(order.sendAt)).put("status", 110).put("text", "accepted");
        if (status != 110) {
            timeline.addObject().put("at", time(recipient.finalAt())).put("status", status).put("text", statusText(status, false));
        }
    }

    private static String statusText(int status, boolean cancelled) {
        if (cancelled) {
            return "cancelled";
        }
        return switch (status) {
            case 111 -> "delivered";
            case 112 -> "undelivered";
            default -> "waiting";
        };
    }

    private static String time(Instant instant) {
        return TIME.format(instant.atZone(SandboxAccount.ISTANBUL));
    }
}
