package io.github.cameliletimerkezi.report;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A followed order as one line of text, for the stores that keep text (file, a user's StateRepository):
 * {@code version;source;followedAt;notBefore;day;counters} with instants in epoch milliseconds and absent values
 * empty. None of the values holds a ';'.
 */
final class FollowedOrderText {

    private FollowedOrderText() {
    }

    static String format(FollowedOrder order) {
        return order.version() + ";" + order.source().name() + ";" + order.followedAt().toEpochMilli() + ";"
               + (order.notBefore() == null ? "" : order.notBefore().toEpochMilli()) + ";"
               + (order.day() == null ? "" : order.day()) + ";" + (order.counters() == null ? "" : order.counters());
    }

    /** The order written by {@link #format}; null when the text is not one. */
    static FollowedOrder parse(String orderId, String text) {
        String[] parts = text.trim().split(";", -1);
        if (parts.length != 6) {
            return null;
        }
        try {
            return new FollowedOrder(orderId, OrderSource.valueOf(parts[1]), Instant.ofEpochMilli(Long.parseLong(parts[2])),
                    parts[3].isEmpty() ? null : Instant.ofEpochMilli(Long.parseLong(parts[3])),
                    parts[4].isEmpty() ? null : LocalDate.parse(parts[4]), parts[5].isEmpty() ? null : parts[5],
                    Long.parseLong(parts[0]));
        } catch (RuntimeException e) {
            return null;
        }
    }
}
