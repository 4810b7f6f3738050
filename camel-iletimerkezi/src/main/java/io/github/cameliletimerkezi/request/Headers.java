package io.github.cameliletimerkezi.request;

import org.apache.camel.Message;

/**
 * Reading typed header values with an error that names the header.
 */
public final class Headers {

    private Headers() {
    }

    /** A whole-number header, or the fallback when it is absent. */
    public static int intValue(Message message, String name, int fallback) {
        Object value = message.getHeader(name);
        if (value == null) {
            return fallback;
        }
        if (value instanceof Number number) {
            return number.intValue();
        }
        try {
            return Integer.parseInt(value.toString().trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " '" + value + "' is not a whole number");
        }
    }
}
