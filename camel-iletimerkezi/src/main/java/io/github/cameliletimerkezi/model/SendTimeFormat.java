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
package io.github.cameliletimerkezi.model;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoUnit;
import java.util.Calendar;
import java.util.Date;

/**
 * The provider's send-time format: {@code dd/MM/yyyy HH:mm} in Turkish local time. Seconds are never written because
 * the provider ignores a schedule that carries them and sends at once.
 */
public final class SendTimeFormat {

    /** The zone the provider reads send times in. */
    public static final ZoneId ISTANBUL = IstanbulTime.ZONE;

    private static final DateTimeFormatter WIRE
            = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm").withResolverStyle(ResolverStyle.STRICT);

    private SendTimeFormat() {
    }

    /**
     * Converts a value to the wire form. Accepts the wire form itself, {@code java.time} values with a zone or offset
     * and {@link Instant} (converted to Europe/Istanbul), {@link LocalDateTime} (taken as Istanbul time),
     * {@link Date} and {@link Calendar}. Seconds are truncated.
     *
     * @throws IllegalArgumentException naming {@code sendDateTime} when the value cannot be read
     */
    public static String format(Object value) {
        if (value instanceof CharSequence text) {
            return parseWireText(text.toString());
        }
        return WIRE.format(toIstanbul(value).truncatedTo(ChronoUnit.MINUTES));
    }

    /**
     * The moment a send time in the wire form names, read as Istanbul time.
     *
     * @throws IllegalArgumentException naming {@code sendDateTime} when the text is not in the wire form
     */
    public static Instant toInstant(String wireText) {
        return LocalDateTime.parse(parseWireText(wireText), WIRE).atZone(ISTANBUL).toInstant();
    }

    private static String parseWireText(String text) {
        String trimmed = text.trim();
        try {
            return WIRE.format(WIRE.parse(trimmed));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    "sendDateTime '" + text + "' is not a valid send time: expected dd/MM/yyyy HH:mm, e.g. 20/01/2027 13:45");
        }
    }

    private static ZonedDateTime toIstanbul(Object value) {
        return IstanbulTime.of(value, "sendDateTime", "a dd/MM/yyyy HH:mm string");
    }
}
