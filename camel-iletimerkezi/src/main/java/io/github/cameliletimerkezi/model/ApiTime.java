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

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * The provider's filter formats: {@code yyyy-MM-dd HH:mm:ss} (blacklist) and {@code yyyy-MM-dd} (order list), both in
 * Turkish time. A value is either the provider's string, checked, or a {@code java.time} value converted to
 * Europe/Istanbul.
 */
public final class ApiTime {

    private static final DateTimeFormatter DATE_TIME
            = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter DATE
            = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    private ApiTime() {
    }

    /**
     * A point in time in the blacklist filter's form. A {@link LocalDate} means the start of that day, or its last
     * second when {@code endOfDay}.
     *
     * @throws IllegalArgumentException naming the field
     */
    public static String dateTime(Object value, String field, boolean endOfDay) {
        if (value instanceof CharSequence text) {
            String trimmed = text.toString().trim();
            try {
                return DATE_TIME.format(DATE_TIME.parse(trimmed));
            } catch (DateTimeParseException e) {
                try {
                    return dateTime(LocalDate.parse(trimmed, DATE), field, endOfDay);
                } catch (DateTimeParseException notADate) {
                    throw new IllegalArgumentException(field + " '" + text + "' is not a date and time: expected"
                                                       + " yyyy-MM-dd HH:mm:ss (or yyyy-MM-dd), e.g. 2027-01-20 13:45:00");
                }
            }
        }
        if (value instanceof LocalDate date) {
            return DATE_TIME.format(endOfDay ? date.atTime(23, 59, 59) : date.atStartOfDay());
        }
        return DATE_TIME.format(toIstanbul(value, field).withNano(0));
    }

    /**
     * A day in the order list's form; date-times are converted to Istanbul and keep their day.
     *
     * @throws IllegalArgumentException naming the field
     */
    public static LocalDate date(Object value, String field) {
        if (value instanceof CharSequence text) {
            try {
                return LocalDate.parse(text.toString().trim(), DATE);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(field + " '" + text + "' is not a date: expected yyyy-MM-dd, e.g. 2027-01-20");
            }
        }
        if (value instanceof LocalDate date) {
            return date;
        }
        return toIstanbul(value, field).toLocalDate();
    }

    /** A day in the provider's {@code yyyy-MM-dd}. */
    public static String format(LocalDate date) {
        return DATE.format(date);
    }

    private static ZonedDateTime toIstanbul(Object value, String field) {
        return IstanbulTime.of(value, field, "the provider's text form");
    }
}
