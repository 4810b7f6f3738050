package io.github.cameliletimerkezi.sandbox;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Numbers with a fixed outcome, whatever the failure ratio and seed: a test in any language can send to them and know
 * what each recipient's report will say. They sit in one reserved block, {@code +90555000000x}; a number of the block
 * that is not listed here is refused like an invalid number (452), so a mistyped test number fails at once instead of
 * getting a random outcome.
 */
enum TestNumbers {

    /** Delivered (111) at the send time. */
    DELIVERED_AT_ONCE("+905550000001", "delivered at once"),
    /** Delivered (111) {@link #LATER} after the send time, whatever the delivery delay. */
    DELIVERED_LATER("+905550000002", "delivered 5 s after sending"),
    /** Undelivered (112) at the send time. */
    UNDELIVERED("+905550000003", "undelivered at once"),
    /** Waiting (110) for ever: its report never becomes final, and no outcome is pushed unless the console settles it. */
    NEVER_FINAL("+905550000004", "never final"),
    /** Refused: an order naming it is answered 452, as the provider answers an invalid or blocked recipient. */
    REFUSED("+905550000005", "refused by the provider (452)");

    /** How long after sending {@link #DELIVERED_LATER} is delivered. */
    static final Duration LATER = Duration.ofSeconds(5);
    /** The reserved block: every canonical number starting with this. */
    static final String BLOCK = "+90555000000";

    private static final Map<String, TestNumbers> BY_NUMBER = new LinkedHashMap<>();

    static {
        for (TestNumbers number : values()) {
            BY_NUMBER.put(number.number, number);
        }
    }

    final String number;
    final String description;

    TestNumbers(String number, String description) {
        this.number = number;
        this.description = description;
    }

    /** The test number a canonical number is, or null for an ordinary number. */
    static TestNumbers of(String canonical) {
        return BY_NUMBER.get(canonical);
    }

    /** Whether the provider refuses the number: {@link #REFUSED}, and any number of the block not listed. */
    static boolean refused(String canonical) {
        if (!canonical.startsWith(BLOCK)) {
            return false;
        }
        TestNumbers known = BY_NUMBER.get(canonical);
        return known == null || known == REFUSED;
    }

    /** One line listing the numbers and their outcomes, for the sandbox's welcome. */
    static String summary() {
        StringBuilder line = new StringBuilder();
        for (TestNumbers number : values()) {
            line.append(line.isEmpty() ? "" : "; ").append(number.number).append(' ').append(number.description);
        }
        return line.toString();
    }
}
