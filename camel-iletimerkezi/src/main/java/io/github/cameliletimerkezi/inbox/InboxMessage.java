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
package io.github.cameliletimerkezi.inbox;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One SMS the account received (a reply to a short code, a RET opt-out, a customer's message), as {@code get-inbox}
 * lists it. The element names are this component's reading of the provider's description; every element of the row,
 * read or not, stays in {@link #fields()}.
 *
 * @param id       the provider's id of the message, or null when the answer carries none
 * @param sender   the number the message came from, as the provider writes it
 * @param receiver the account's number (short code) that received it, or null
 * @param text     the message text
 * @param date     when it was received, {@code yyyy-MM-dd HH:mm:ss} in Turkish time as the provider writes it, or null
 * @param fields   the whole row as the provider sent it
 */
public record InboxMessage(String id, String sender, String receiver, String text, String date, Map<String, Object> fields) {

    private static final DateTimeFormatter DATE_TIME
            = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss").withResolverStyle(ResolverStyle.STRICT);

    public InboxMessage {
        fields = fields == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** When it was received (Turkish time), or null when the date is absent or not in the provider's form. */
    public LocalDateTime receivedAt() {
        if (date == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(date.trim(), DATE_TIME);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * What tells this message apart from every other: the provider's id, or, when the answer carries none, a digest
     * of its date, sender, receiver and text (two identical texts from one number in the same second are one).
     */
    public String key() {
        if (id != null) {
            return id;
        }
        String content = date + "\u0000" + sender + "\u0000" + receiver + "\u0000" + text;
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** The message as a map of its read fields, absent ones left out, for data formats and simple expressions. */
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        putIfSet(map, "id", id);
        putIfSet(map, "sender", sender);
        putIfSet(map, "receiver", receiver);
        putIfSet(map, "text", text);
        putIfSet(map, "date", date);
        return map;
    }

    private static void putIfSet(Map<String, Object> map, String name, Object value) {
        if (value != null) {
            map.put(name, value);
        }
    }
}
