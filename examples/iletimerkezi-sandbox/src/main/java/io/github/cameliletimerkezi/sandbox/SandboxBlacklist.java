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

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The account's blacklist: {@code add-blacklist}, {@code delete-blacklist} and {@code get-blacklist}, one number per
 * add or delete, 466 for a number that is not one. Sends consult it: an order whose every recipient is blacklisted is
 * refused with 452, and a blacklisted recipient of a larger order ends undelivered (112).
 */
final class SandboxBlacklist {

    private static final ZoneId ISTANBUL = ZoneId.of("Europe/Istanbul");
    private static final DateTimeFormatter FILTER_TIME
            = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss").withResolverStyle(ResolverStyle.STRICT);
    private static final int MAX_ROW_COUNT = 1000;

    private final Clock clock;
    private final Map<String, Instant> numbers = new LinkedHashMap<>();

    SandboxBlacklist(Clock clock) {
        this.clock = clock;
    }

    synchronized boolean contains(String canonicalNumber) {
        return numbers.containsKey(canonicalNumber);
    }

    synchronized SandboxAnswer add(XmlNode blacklist) {
        String number = number(blacklist);
        if (number == null) {
            return SandboxAnswer.of(466);
        }
        numbers.putIfAbsent(number, clock.instant());
        return SandboxAnswer.of(200);
    }

    synchronized SandboxAnswer delete(XmlNode blacklist) {
        String number = number(blacklist);
        if (number == null) {
            return SandboxAnswer.of(466);
        }
        numbers.remove(number);
        return SandboxAnswer.of(200);
    }

    synchronized SandboxAnswer list(XmlNode blacklist) {
        Instant start = null;
        Instant end = null;
        int page = 1;
        int rowCount = MAX_ROW_COUNT;
        if (blacklist != null) {
            XmlNode filter = blacklist.child("filter");
            try {
                start = filter == null ? null : time(filter.value("start"));
                end = filter == null ? null : time(filter.value("end"));
                page = blacklist.value("page") == null ? 1 : Integer.parseInt(blacklist.value("page"));
                rowCount = blacklist.value("rowCount") == null ? MAX_ROW_COUNT
                        : Math.min(Integer.parseInt(blacklist.value("rowCount")), MAX_ROW_COUNT);
            } catch (DateTimeParseException | NumberFormatException e) {
                return SandboxAnswer.of(400);
            }
        }
        if (page < 1) {
            return SandboxAnswer.of(464);
        }
        if (rowCount < 1) {
            return SandboxAnswer.of(400);
        }
        Instant from = start;
        Instant to = end;
        List<String> matching = numbers.entrySet().stream()
                .filter(e -> (from == null || !e.getValue().isBefore(from)) && (to == null || !e.getValue().isAfter(to)))
                .map(Map.Entry::getKey).toList();
        XmlAnswer answer = XmlAnswer.status(200).open("blacklist").element("count", matching.size());
        int first = (page - 1) * rowCount;
        for (int i = first; i < Math.min(first + rowCount, matching.size()); i++) {
            answer.element("number", matching.get(i));
        }
        return new SandboxAnswer(200, answer.close("blacklist").end());
    }

    private static String number(XmlNode blacklist) {
        String raw = blacklist == null ? null : blacklist.value("number");
        return raw == null || raw.isEmpty() ? null : Numbers.canonical(raw);
    }

    private static Instant time(String text) {
        return text == null || text.isEmpty() ? null : LocalDateTime.parse(text, FILTER_TIME).atZone(ISTANBUL).toInstant();
    }
}
