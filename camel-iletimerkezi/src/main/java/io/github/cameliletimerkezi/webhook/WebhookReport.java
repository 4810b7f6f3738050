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
package io.github.cameliletimerkezi.webhook;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.github.cameliletimerkezi.client.JsonApi;
import io.github.cameliletimerkezi.model.DeliveryStatus;
import io.github.cameliletimerkezi.model.MobileNumbers;

/**
 * One delivery-report push of the provider (reference §3.10):
 * {@code {"report":{"id":…,"packet_id":…,"status":"accepted|delivered|undelivered","to":"+90…","body":"…"}}}.
 *
 * @param messageId the per-message id, or null when absent
 * @param orderId   {@code packet_id}: the order id send-sms returned
 * @param status    the state, mapped to the report's codes: accepted 110, delivered 111, undelivered 112
 * @param number    the recipient, {@code +90…}
 * @param text      the message text, or null when absent
 */
public record WebhookReport(String messageId, String orderId, DeliveryStatus status, String number, String text) {

    /**
     * Reads a push body.
     *
     * @throws IllegalArgumentException naming what is missing or wrong; the body is not quoted, it may be anything
     */
    public static WebhookReport parse(String body) {
        return parse(body == null ? null : body.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Reads a push body from its bytes; the encoding (UTF-8, UTF-16 or UTF-32, with or without a byte-order mark) is
     * detected.
     *
     * @throws IllegalArgumentException naming what is missing or wrong; the body is not quoted, it may be anything
     */
    public static WebhookReport parse(byte[] body) {
        if (body == null || new String(body, StandardCharsets.ISO_8859_1).isBlank()) {
            throw new IllegalArgumentException("the body is empty");
        }
        JsonNode report;
        try {
            JsonNode root = JsonApi.MAPPER.readTree(body);
            report = root == null ? MissingNode.getInstance() : root.path("report");
        } catch (IOException e) {
            throw new IllegalArgumentException("the body is not JSON");
        }
        if (!report.isObject()) {
            throw new IllegalArgumentException("the body has no report object");
        }
        String orderId = JsonApi.text(report.get("packet_id"));
        String number = JsonApi.text(report.get("to"));
        String state = JsonApi.text(report.get("status"));
        if (orderId == null) {
            throw new IllegalArgumentException("report.packet_id is missing");
        }
        if (number == null) {
            throw new IllegalArgumentException("report.to is missing");
        }
        DeliveryStatus status = state == null ? null : switch (state.toLowerCase(Locale.ROOT)) {
            case "accepted" -> DeliveryStatus.WAITING;
            case "delivered" -> DeliveryStatus.DELIVERED;
            case "undelivered" -> DeliveryStatus.UNDELIVERED;
            default -> null;
        };
        if (status == null) {
            throw new IllegalArgumentException("report.status is not accepted, delivered or undelivered");
        }
        return new WebhookReport(JsonApi.text(report.get("id")), orderId, status, asReported(number), JsonApi.text(report.get("body")));
    }

    /**
     * The number in the report consumer's form ({@code +905xxxxxxxxx}), whatever form the push used ({@code 905…},
     * {@code 05…}): a route handling both streams sees one number, and the update keys they share match. A number that
     * is not a mobile number is kept as pushed; the update is still the provider's word on it.
     */
    private static String asReported(String number) {
        try {
            return MobileNumbers.canonical(number, "report.to");
        } catch (IllegalArgumentException e) {
            return number;
        }
    }
}
