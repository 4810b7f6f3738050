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

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Calendar;
import java.util.Date;

/**
 * The provider reads and writes every time in Turkish local time. This is the one place a caller's time value becomes
 * that time, for the send time ({@link SendTimeFormat}) and the filters ({@link ApiTime}) alike.
 */
final class IstanbulTime {

    /** The zone the provider's times are in. */
    static final ZoneId ZONE = ZoneId.of("Europe/Istanbul");

    private IstanbulTime() {
    }

    /**
     * {@link Date}, {@link Calendar}, {@link Instant} and {@code java.time} values with a zone or offset are converted
     * to Istanbul; a {@link LocalDateTime} (or any value without a zone) is taken as Istanbul time already.
     *
     * @param  field                    the field named in the error message
     * @param  textForm                 the text the field also takes, named in the error message
     * @throws IllegalArgumentException when the value is not a point in time
     */
    static ZonedDateTime of(Object value, String field, String textForm) {
        if (value instanceof Date date) {
            return date.toInstant().atZone(ZONE);
        }
        if (value instanceof Calendar calendar) {
            return calendar.toInstant().atZone(ZONE);
        }
        if (value instanceof Instant instant) {
            return instant.atZone(ZONE);
        }
        if (value instanceof LocalDateTime local) {
            return local.atZone(ZONE);
        }
        if (value instanceof TemporalAccessor temporal) {
            try {
                if (temporal.isSupported(ChronoField.OFFSET_SECONDS) || temporal.isSupported(ChronoField.INSTANT_SECONDS)) {
                    return Instant.from(temporal).atZone(ZONE);
                }
                return LocalDateTime.from(temporal).atZone(ZONE);
            } catch (DateTimeException e) {
                throw new IllegalArgumentException(
                        field + " of type " + value.getClass().getName() + " has no date and time of day", e);
            }
        }
        throw new IllegalArgumentException(field + " of type " + (value == null ? "null" : value.getClass().getName())
                                           + " is not supported: use " + textForm + " or a java.time value");
    }
}
