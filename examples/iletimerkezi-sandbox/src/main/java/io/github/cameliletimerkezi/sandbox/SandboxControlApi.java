package io.github.cameliletimerkezi.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;

/**
 * The sandbox's own API under {@code /sandbox/}, beside the provider's: what a test or the console does to the sandbox
 * that the provider's API has no request for.
 * <ul>
 * <li>{@code POST /sandbox/inbox} {@code {"sender","receiver","text"}}: an SMS arrives in the inbox, as
 * {@link IletiMerkeziSandbox#receiveSms} does; 201 {@code {"id"}}.</li>
 * <li>{@code POST /sandbox/orders/{id}/recipients/{index}/deliver} (or {@code /fail}): the recipient's report arrives
 * now, delivered or not, and is pushed; 200 with the recipient, 404 for an unknown one, 409 when it is final already,
 * cancelled or not sent yet.</li>
 * <li>{@code GET /sandbox/state}: what the console shows ({@link SandboxState}).</li>
 * </ul>
 * Requests with a body must say {@code Content-Type: application/json} (415 otherwise), which also keeps a web page
 * elsewhere from posting to the sandbox with a plain form. Every refusal is a JSON {@code {"error"}} naming the field.
 */
final class SandboxControlApi {

    static final String PREFIX = "/sandbox/";
    private static final Pattern SETTLE = Pattern.compile("/sandbox/orders/(\\d{1,18})/recipients/(\\d{1,9})/(deliver|fail)");
    private static final int MAX_BODY = 64 * 1024;

    private final SandboxAccount account;
    private final SandboxInbox inbox;
    private final SandboxState state;

    SandboxControlApi(SandboxAccount account, SandboxInbox inbox) {
        this.account = account;
        this.inbox = inbox;
        this.state = new SandboxState(account, inbox);
    }

    void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readNBytes(MAX_BODY + 1);
            }
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            Answer answer;
            if (path.equals("/sandbox/state")) {
                answer = "GET".equals(method) ? new Answer(200, state.build()) : notAllowed("GET");
            } else if (path.equals("/sandbox/inbox")) {
                answer = "POST".equals(method) ? receive(exchange, body) : notAllowed("POST");
            } else {
                Matcher settle = SETTLE.matcher(path);
                if (!settle.matches()) {
                    answer = error(404, "no such sandbox endpoint: " + path
                                        + " (POST /sandbox/inbox, POST /sandbox/orders/{id}/recipients/{index}/deliver|fail, GET /sandbox/state)");
                } else if (!"POST".equals(method)) {
                    answer = notAllowed("POST");
                } else {
                    answer = settle(Long.parseLong(settle.group(1)), Integer.parseInt(settle.group(2)),
                            "deliver".equals(settle.group(3)));
                }
            }
            send(exchange, answer);
        }
    }

    private Answer receive(HttpExchange exchange, byte[] body) {
        String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            return error(415, "send the message as JSON with Content-Type: application/json, was "
                              + (contentType == null ? "no Content-Type" : "'" + contentType + "'"));
        }
        if (body.length > MAX_BODY) {
            return error(413, "the body is larger than " + MAX_BODY + " bytes");
        }
        JsonNode message;
        try {
            message = SandboxJsonApi.MAPPER.readTree(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return error(400, "the body is not JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            return error(400, "the body is not JSON");
        }
        if (message == null || !message.isObject()) {
            return error(400, "the body must be a JSON object {\"sender\", \"receiver\", \"text\"}");
        }
        for (String field : new String[] {"sender", "receiver", "text"}) {
            if (!message.path(field).isTextual()) {
                return error(400, field + " is missing or not a string: give {\"sender\": \"05301234567\", "
                                  + "\"receiver\": \"7889\", \"text\": \"...\"}");
            }
        }
        try {
            String id = inbox.receive(message.get("sender").asText(), message.get("receiver").asText(),
                    message.get("text").asText());
            return new Answer(201, SandboxJsonApi.MAPPER.createObjectNode().put("id", id));
        } catch (IllegalArgumentException e) {
            return error(400, e.getMessage());
        }
    }

    private Answer settle(long orderId, int index, boolean delivered) {
        SandboxOrder order;
        SandboxOrder.Recipient recipient;
        synchronized (account) {
            order = account.orders.get(orderId);
            if (order == null) {
                return error(404, "no order " + orderId);
            }
            if (index >= order.recipients.size()) {
                return error(404, "order " + orderId + " has " + order.recipients.size() + " recipients; index "
                                  + index + " is none of them (they count from 0)");
            }
            if (order.cancelled) {
                return error(409, "order " + orderId + " is cancelled");
            }
            if (!order.hasStarted(account.now())) {
                return error(409, "order " + orderId + " is scheduled and not sent yet");
            }
            recipient = order.recipients.get(index);
            if (!recipient.settle(delivered, account.now())) {
                return error(409, "recipient " + index + " of order " + orderId + " has its report already ("
                                  + recipient.statusAt(account.now()) + ")");
            }
        }
        account.webhook.settled(order, index);
        return new Answer(200, SandboxJsonApi.MAPPER.createObjectNode().put("orderId", orderId).put("index", index)
                .put("number", recipient.number()).put("status", recipient.statusAt(account.now())));
    }

    private record Answer(int status, ObjectNode body) {
    }

    private static Answer error(int status, String message) {
        return new Answer(status, SandboxJsonApi.MAPPER.createObjectNode().put("error", message));
    }

    private static Answer notAllowed(String allowed) {
        return error(405, "use " + allowed);
    }

    private static void send(HttpExchange exchange, Answer answer) throws IOException {
        byte[] bytes = answer.body().toString().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(answer.status(), bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
