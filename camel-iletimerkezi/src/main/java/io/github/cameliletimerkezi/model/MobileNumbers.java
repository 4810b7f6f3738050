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

/**
 * Checks and compacts recipient numbers. The provider takes Turkish mobile numbers in several shapes
 * ({@code 5xxxxxxxxx}, {@code 05xxxxxxxxx}, {@code 905xxxxxxxxx}, {@code +90 5xx xxx xx xx}) and international
 * numbers with their country code; spaces, dashes, dots and brackets are removed before sending.
 * <p>
 * The checks walk the characters once instead of running regular expressions: an order may carry 50,000 numbers.
 * Every number the component takes, a recipient, a blacklist entry, a consent or a report row, is read by this rule.
 */
public final class MobileNumbers {

    /** A Turkish mobile number without its prefix: 5 and nine digits. */
    private static final int TURKISH_MOBILE_DIGITS = 10;
    /** An international number after its + or 00: a country code not starting with 0, 7 to 15 digits in all. */
    private static final int INTERNATIONAL_MIN_DIGITS = 7;
    private static final int INTERNATIONAL_MAX_DIGITS = 15;

    private MobileNumbers() {
    }

    /**
     * A recipient as the provider is sent it: checked, and without separators.
     *
     * @param  label                    the message the number belongs to, for the error message (e.g. "message 1")
     * @param  position                 the number's position in that message, from 1
     * @throws IllegalArgumentException naming the number and where it stands
     */
    public static String normalize(String raw, String label, int position) {
        if (raw == null || raw.isBlank()) {
            throw new IllegalArgumentException("recipients: " + label + ", recipient " + position + " is empty");
        }
        String compact = compact(raw.trim());
        if (isTurkishMobile(compact) || isInternational(compact)) {
            return compact;
        }
        throw new IllegalArgumentException("recipients: " + label + ", recipient " + position + " '" + raw
                                           + "' is not a mobile number: use a Turkish mobile number (5xxxxxxxxx, 05xxxxxxxxx, "
                                           + "905xxxxxxxxx, +905xxxxxxxxx) or an international number (+<country code><number>)");
    }

    /** The number without separators; the same string when it has none. */
    private static String compact(String number) {
        StringBuilder compact = null;
        for (int i = 0; i < number.length(); i++) {
            char c = number.charAt(i);
            if (isSeparator(c)) {
                if (compact == null) {
                    compact = new StringBuilder(number.length()).append(number, 0, i);
                }
            } else if (compact != null) {
                compact.append(c);
            }
        }
        return compact == null ? number : compact.toString();
    }

    /** Whitespace as {@code \s} means it (ASCII), dashes, dots and brackets. */
    private static boolean isSeparator(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r'
               || c == '-' || c == '.' || c == '(' || c == ')';
    }

    /** 5 and nine digits, after nothing or one of the prefixes 0, 90, 0090 and +90. */
    private static boolean isTurkishMobile(String number) {
        int start = number.length() - TURKISH_MOBILE_DIGITS;
        if (start < 0 || number.charAt(start) != '5' || !digits(number, start + 1, number.length())) {
            return false;
        }
        return switch (start) {
            case 0 -> true;
            case 1 -> number.charAt(0) == '0';
            case 2 -> number.startsWith("90");
            case 3 -> number.startsWith("+90");
            case 4 -> number.startsWith("0090");
            default -> false;
        };
    }

    /** + or 00, then a digit other than 0 and 6 to 14 more digits. */
    private static boolean isInternational(String number) {
        int start;
        if (number.startsWith("+")) {
            start = 1;
        } else if (number.startsWith("00")) {
            start = 2;
        } else {
            return false;
        }
        int length = number.length() - start;
        return length >= INTERNATIONAL_MIN_DIGITS && length <= INTERNATIONAL_MAX_DIGITS
               && number.charAt(start) >= '1' && number.charAt(start) <= '9'
               && digits(number, start + 1, number.length());
    }

    /** Whether the characters from {@code from} (inclusive) to {@code to} (exclusive) are all ASCII digits. */
    private static boolean digits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * A number checked as {@link #normalize} checks recipients, in the form the provider lists numbers in:
     * {@code +905xxxxxxxxx} for Turkish mobiles, {@code +<country code><number>} otherwise.
     *
     * @param  field                    the field named in the error message (e.g. "number")
     * @throws IllegalArgumentException naming the field and the number
     */
    public static String canonical(String raw, String field) {
        if (raw == null || raw.isBlank()) {
            throw new IllegalArgumentException(field + " is empty: give a mobile number");
        }
        String compact = compact(raw.trim());
        if (isTurkishMobile(compact)) {
            return "+90" + compact.substring(compact.length() - TURKISH_MOBILE_DIGITS);
        }
        if (isInternational(compact)) {
            return "+" + (compact.startsWith("00") ? compact.substring(2) : compact.substring(1));
        }
        throw new IllegalArgumentException(field + " '" + raw + "' is not a mobile number: use a Turkish mobile number"
                                           + " (5xxxxxxxxx, 05xxxxxxxxx, 905xxxxxxxxx, +905xxxxxxxxx) or an international"
                                           + " number (+<country code><number>)");
    }
}
