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
package io.github.cameliletimerkezi.consent;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.github.cameliletimerkezi.model.IysList;
import io.github.cameliletimerkezi.model.MobileNumbers;

/**
 * Reads and checks consent fields, with errors that name the field and list the valid values.
 */
public final class ConsentValues {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private ConsentValues() {
    }

    public static <E extends Enum<E>> E enumValue(Class<E> type, Object value, String field) {
        if (value == null || value.toString().isBlank()) {
            throw new IllegalArgumentException(field + " is missing: use one of " + names(type));
        }
        if (type.isInstance(value)) {
            return type.cast(value);
        }
        try {
            return Enum.valueOf(type, value.toString().trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(field + " '" + value + "' is unknown: use one of " + names(type));
        }
    }

    /** A phone number as {@code +905xxxxxxxxx} for SMS and calls, a checked e-mail address for e-mail. */
    public static String recipient(Object value, ConsentType type, String field) {
        String text = value == null ? null : value.toString().trim();
        if (type == ConsentType.EPOSTA) {
            if (text == null || !EMAIL.matcher(text).matches()) {
                throw new IllegalArgumentException(field + " '" + text + "' is not an e-mail address (type EPOSTA)");
            }
            return text;
        }
        return MobileNumbers.canonical(text, field);
    }

    public static IysList recipientType(Object value, String field) {
        return enumValue(IysList.class, value, field);
    }

    private static <E extends Enum<E>> String names(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
