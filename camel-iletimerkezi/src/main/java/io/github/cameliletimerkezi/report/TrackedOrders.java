package io.github.cameliletimerkezi.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import org.apache.camel.spi.StateRepository;

/**
 * The orders one report consumer follows, with the counters it last saw complete for each, kept in a Camel
 * {@link StateRepository} so a restart resumes where the last run stopped. Thread-safe: producers add orders while the
 * consumer polls.
 */
final class TrackedOrders {

    /** One order: its id and why it is followed. */
    record TrackedOrder(String id, OrderSource source) {
    }

    static final String ORDERS_KEY = "iletimerkezi.orders";
    private static final String COUNTERS_KEY_PREFIX = "iletimerkezi.counters.";

    private final StateRepository<String, String> state;
    private final Map<String, OrderSource> orders = new LinkedHashMap<>();

    TrackedOrders(StateRepository<String, String> state) {
        this.state = state;
    }

    /** Reads the orders a previous run left. */
    synchronized void load() {
        orders.clear();
        String stored = state.getState(ORDERS_KEY);
        if (stored == null || stored.isBlank()) {
            return;
        }
        for (String entry : stored.split(",")) {
            int separator = entry.lastIndexOf('=');
            if (separator > 0) {
                orders.put(entry.substring(0, separator), OrderSource.valueOf(entry.substring(separator + 1)));
            }
        }
    }

    /** Follows an order; false when it is followed already. */
    synchronized boolean add(String orderId, OrderSource source) {
        if (orders.containsKey(orderId)) {
            return false;
        }
        orders.put(orderId, source);
        save();
        return true;
    }

    synchronized void remove(String orderId) {
        if (orders.remove(orderId) != null) {
            save();
        }
        state.setState(COUNTERS_KEY_PREFIX + orderId, "");
    }

    synchronized List<TrackedOrder> snapshot() {
        List<TrackedOrder> list = new ArrayList<>(orders.size());
        orders.forEach((id, source) -> list.add(new TrackedOrder(id, source)));
        return list;
    }

    /** The order's counters as of the last poll that handled all of its changes; null before the first. */
    String counters(String orderId) {
        String value = state.getState(COUNTERS_KEY_PREFIX + orderId);
        return value == null || value.isEmpty() ? null : value;
    }

    void counters(String orderId, String counters) {
        state.setState(COUNTERS_KEY_PREFIX + orderId, counters);
    }

    private void save() {
        StringJoiner joined = new StringJoiner(",");
        orders.forEach((id, source) -> joined.add(id + "=" + source.name()));
        state.setState(ORDERS_KEY, joined.toString());
    }
}
