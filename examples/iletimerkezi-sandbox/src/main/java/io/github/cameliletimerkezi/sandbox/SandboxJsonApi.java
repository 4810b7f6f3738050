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

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The provider's JSON-only endpoints ({@code /v1/<op>/json}): the {@code {"request":{"authentication":{...}}}}
 * envelope in, {@code {"response":{"status":{...}, ...}}} out, status codes as numbers.
 */
final class SandboxJsonApi {

    static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ZoneId ISTANBUL = ZoneId.of("Europe/Istanbul");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter REPORT_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    /** Orders per page of get-reports, as the provider's PHP client assumes. */
    static final int ORDERS_PER_PAGE = 30;
    private static final int MAX_DAYS = 10;

    private final SandboxSettings settings;
    private final SandboxAccount account;
    private final Predicate<JsonNode> authenticated;
    final SandboxConsents consents = new SandboxConsents();
    final SandboxInbox inbox;
    private final SandboxOrderList orderList;

    SandboxJsonApi(SandboxSettings settings, SandboxAccount account, Predicate<JsonNode> authenticated) {
        this.settings = settings;
        this.account = account;
        this.authenticated = authenticated;
        this.inbox = new SandboxInbox(settings.clock());
        this.orderList = new SandboxOrderList(account);
    }

    /** The paths served here. */
    static Set<String> paths() {
        return Set.of("/v1/get-reports/json", "/v1/consent/create/json", "/v1/consent/show/json",
                "/v1/get-inbox/json");
    }

    SandboxAnswer route(String path, byte[] body) {
        JsonNode request;
        try {
            request = MAPPER.readTree(body).get("request");
        } catch (IOException | RuntimeException e) {
            return status(400);
        }
        if (request == null || !request.isObject()) {
            return status(400);
        }
        if (!authenticated.test(request.get("authentication"))) {
            return status(401);
        }
        return switch (path) {
            case "/v1/get-reports/json" -> orders(request);
            case "/v1/consent/create/json" -> consents.create(request);
            case "/v1/consent/show/json" -> consents.show(request);
            case "/v1/get-inbox/json" -> inbox.list(request);
            default -> status(404);
        };
    }

    /** {@code get-reports}: the orders submitted between two days, at most 10 days, 30 a page, oldest first. */
    private SandboxAnswer orders(JsonNode request) {
        JsonNode filter = request.path("filter");
        LocalDate start;
        LocalDate end;
        try {
            start = LocalDate.parse(filter.path("start").asText(), DAY);
            end = LocalDate.parse(filter.path("end").asText(), DAY);
        } catch (DateTimeParseException e) {
            return status(458);
        }
        if (end.isBefore(start) || ChronoUnit.DAYS.between(start, end) + 1 > MAX_DAYS) {
            return status(458);
        }
        int page = filter.has("page") ? filter.path("page").asInt(0) : request.path("page").asInt(1);
        if (page < 1) {
            return status(464);
        }
        Instant now = settings.clock().instant();
        SandboxOrderList.Page matching = orderList.page(start, end, page, ORDERS_PER_PAGE);
        ObjectNode answer = ok();
        ObjectNode response = (ObjectNode) answer.get("response");
        response.put("count", matching.count());
        ArrayNode orders = response.putArray("orders");
        for (SandboxOrder order : matching.orders()) {
            int delivered = 0;
            int undelivered = 0;
            for (SandboxOrder.Recipient recipient : order.recipients) {
                int status = order.cancelled ? 110 : recipient.statusAt(now);
                delivered += status == 111 ? 1 : 0;
                undelivered += status == 112 ? 1 : 0;
            }
            int waiting = order.recipients.size() - delivered - undelivered;
            orders.addObject().put("id", order.id)
                    .put("status", order.cancelled ? 115 : waiting == 0 && order.hasStarted(now) ? 114 : 113)
                    .put("total", order.recipients.size()).put("delivered", delivered).put("undelivered", undelivered)
                    .put("waiting", waiting).put("submitAt", REPORT_TIME.format(order.submitAt.atZone(ISTANBUL)))
                    .put("sendAt", REPORT_TIME.format(order.sendAt.atZone(ISTANBUL))).put("sender", order.sender);
        }
        return answer(200, answer);
    }

    static ObjectNode ok() {
        return envelope(200);
    }

    static ObjectNode envelope(int code) {
        ObjectNode root = MAPPER.createObjectNode();
        root.putObject("response").putObject("status").put("code", code).put("message", StatusMessages.of(code));
        return root;
    }

    static SandboxAnswer status(int code) {
        return answer(code, envelope(code));
    }

    static SandboxAnswer answer(int code, ObjectNode body) {
        try {
            return new SandboxAnswer(code, MAPPER.writeValueAsString(body));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
