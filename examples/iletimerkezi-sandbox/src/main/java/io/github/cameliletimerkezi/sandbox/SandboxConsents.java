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

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * İYS consents ({@code consent/create/json}, {@code consent/show/json}): 1 to 5000 records a call, the latest record
 * per recipient, list and channel wins; 422 for a bad record or when show finds none; 403 while the account has no
 * İYS subscription.
 */
final class SandboxConsents {

    private static final int MAX_RECORDS = 5000;
    private static final DateTimeFormatter CONSENT_DATE
            = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss").withResolverStyle(ResolverStyle.STRICT);
    private static final Set<String> RECIPIENT_TYPES = Set.of("BIREYSEL", "TACIR");
    private static final Set<String> TYPES = Set.of("MESAJ", "EPOSTA", "ARAMA");
    private static final Set<String> STATUSES = Set.of("ONAY", "RET");

    private final Map<String, JsonNode> records = new HashMap<>();
    private volatile boolean subscribed = true;

    void subscribed(boolean subscribed) {
        this.subscribed = subscribed;
    }

    synchronized SandboxAnswer create(JsonNode request) {
        if (!subscribed) {
            return SandboxJsonApi.status(403);
        }
        JsonNode list = request.path("consent").path("list");
        if (!list.isArray() || list.isEmpty() || list.size() > MAX_RECORDS) {
            return SandboxJsonApi.status(422);
        }
        for (JsonNode record : list) {
            if (!valid(record)) {
                return SandboxJsonApi.status(422);
            }
        }
        list.forEach(record -> records.put(key(record), record));
        return SandboxJsonApi.status(200);
    }

    synchronized SandboxAnswer show(JsonNode request) {
        if (!subscribed) {
            return SandboxJsonApi.status(403);
        }
        JsonNode found = records.get(key(request.path("consent")));
        if (found == null) {
            return SandboxJsonApi.status(422);
        }
        ObjectNode answer = SandboxJsonApi.ok();
        ((ObjectNode) answer.get("response")).set("consent", found.deepCopy());
        return SandboxJsonApi.answer(200, answer);
    }

    private static boolean valid(JsonNode record) {
        try {
            LocalDateTime.parse(record.path("consentDate").asText(), CONSENT_DATE);
        } catch (DateTimeParseException e) {
            return false;
        }
        String type = record.path("type").asText();
        String recipient = record.path("recipient").asText();
        return RECIPIENT_TYPES.contains(record.path("recipientType").asText()) && TYPES.contains(type)
               && STATUSES.contains(record.path("status").asText()) && record.path("source").asText().startsWith("HS_")
               && ("EPOSTA".equals(type) ? recipient.contains("@") : Numbers.canonical(recipient) != null);
    }

    private static String key(JsonNode consent) {
        String recipient = consent.path("recipient").asText();
        String canonical = recipient.contains("@") ? recipient : Numbers.canonical(recipient);
        return canonical + "|" + consent.path("recipientType").asText() + "|" + consent.path("type").asText();
    }
}
