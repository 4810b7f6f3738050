package io.github.cameliletimerkezi.client;

import java.util.regex.Pattern;

/**
 * Checks and compacts recipient numbers. The provider takes Turkish mobile numbers in several shapes
 * ({@code 5xxxxxxxxx}, {@code 05xxxxxxxxx}, {@code 905xxxxxxxxx}, {@code +90 5xx xxx xx xx}) and international
 * numbers with their country code; spaces, dashes, dots and brackets are removed before sending.
 */
public final class RecipientNumbers {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-.()]");
    private static final Pattern TURKISH_MOBILE = Pattern.compile("(?:\\+90|0090|90|0)?(5\\d{9})");
    private static final Pattern INTERNATIONAL = Pattern.compile("(?:\\+|00)[1-9]\\d{6,14}");

    private RecipientNumbers() {
    }

    /**
     * @param  where                    where the number stands, for the error message (e.g. "message 1, recipient 3")
     * @throws IllegalArgumentException naming the number and where it stands
     */
    static String normalize(String raw, String where) {
        if (raw == null || raw.isBlank()) {
            throw new IllegalArgumentException("recipients: " + where + " is empty");
        }
        String compact = SEPARATORS.matcher(raw.trim()).replaceAll("");
        if (TURKISH_MOBILE.matcher(compact).matches() || INTERNATIONAL.matcher(compact).matches()) {
            return compact;
        }
        throw new IllegalArgumentException("recipients: " + where + " '" + raw
                                           + "' is not a mobile number: use a Turkish mobile number (5xxxxxxxxx, 05xxxxxxxxx, "
                                           + "905xxxxxxxxx, +905xxxxxxxxx) or an international number (+<country code><number>)");
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
        String compact = SEPARATORS.matcher(raw.trim()).replaceAll("");
        var turkish = TURKISH_MOBILE.matcher(compact);
        if (turkish.matches()) {
            return "+90" + turkish.group(1);
        }
        if (INTERNATIONAL.matcher(compact).matches()) {
            return "+" + (compact.startsWith("00") ? compact.substring(2) : compact.substring(1));
        }
        throw new IllegalArgumentException(field + " '" + raw + "' is not a mobile number: use a Turkish mobile number"
                                           + " (5xxxxxxxxx, 05xxxxxxxxx, 905xxxxxxxxx, +905xxxxxxxxx) or an international"
                                           + " number (+<country code><number>)");
    }
}
