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
package io.github.cameliletimerkezi.report;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import org.apache.camel.spi.StateRepository;

/**
 * The orders one report consumer follows, each with the counters it last saw complete and the day it was submitted
 * (where the order list finds it), kept in a Camel
 * {@link StateRepository} under one key of the consumer's own, so consumers sharing a repository never see each other's
 * orders, and a restart resumes where the last run stopped. A finished order leaves nothing behind: its counters live
 * in its entry. Thread-safe: senders add orders while the consumer polls, but only the consumer's thread writes the
 * repository ({@link #save()}); a sender never waits for it.
 */
final class TrackedOrders {

    /** One order: its id and why it is followed. */
    record TrackedOrder(String id, OrderSource source) {
    }

    /**
     * What a poll compares an order's line in the order list with.
     *
     * @param day      the day the order was submitted (Turkish time), or null while unknown
     * @param counters the counters of the last poll that handled all its changes, or null before the first
     */
    record Seen(LocalDate day, String counters) {
    }

    static final String KEY_PREFIX = "iletimerkezi.";
    static final String KEY_SUFFIX = ".orders";
    /** Between the counters and the submit day in a stored entry; neither holds it. */
    private static final char DAY_SEPARATOR = '@';

    private static final class Entry {
        final OrderSource source;
        String counters;
        LocalDate day;

        Entry(OrderSource source, String counters, LocalDate day) {
            this.source = source;
            this.counters = counters;
            this.day = day;
        }

        /** counters@day, counters, @day or empty: a run that knows no day reads counters that never match. */
        String stored() {
            String text = counters == null ? "" : counters;
            return day == null ? text : text + DAY_SEPARATOR + day;
        }

        static Entry parse(OrderSource source, String stored) {
            int at = stored.indexOf(DAY_SEPARATOR);
            String counters = at < 0 ? stored : stored.substring(0, at);
            LocalDate day = null;
            if (at >= 0) {
                try {
                    day = LocalDate.parse(stored.substring(at + 1));
                } catch (DateTimeParseException e) {
                    // an unreadable day only costs the order list's help for this order
                }
            }
            return new Entry(source, counters.isEmpty() ? null : counters, day);
        }
    }

    private final StateRepository<String, String> state;
    private final String key;
    private final Map<String, Entry> orders = new LinkedHashMap<>();
    private boolean dirty;

    /**
     * @param namespace what tells this consumer's orders from those of other consumers on the same repository
     */
    TrackedOrders(StateRepository<String, String> state, String namespace) {
        this.state = state;
        this.key = KEY_PREFIX + namespace + KEY_SUFFIX;
    }

    /** The repository key this consumer's orders are stored under. */
    String key() {
        return key;
    }

    /**
     * Reads the orders a previous run left. Orders added before (while the repository could not be read) stay, and are
     * written at the next save.
     */
    synchronized void load() {
        String stored = state.getState(key);
        Map<String, Entry> added = new LinkedHashMap<>(orders);
        orders.clear();
        dirty = !added.isEmpty();
        if (stored != null && !stored.isBlank()) {
            parse(stored);
        }
        added.forEach(orders::putIfAbsent);
    }

    private void parse(String stored) {
        for (String entry : stored.split(",")) {
            // id=SOURCE or id=SOURCE=counters@day (either part may be empty); counters and day hold no '='
            String[] parts = entry.split("=", -1);
            if (parts.length < 2) {
                continue;
            }
            OrderSource source = source(parts[parts.length - 1]);
            if (source != null) {
                orders.put(String.join("=", java.util.Arrays.copyOf(parts, parts.length - 1)), new Entry(source, null, null));
            } else if (parts.length >= 3 && (source = source(parts[parts.length - 2])) != null) {
                orders.put(String.join("=", java.util.Arrays.copyOf(parts, parts.length - 2)),
                        Entry.parse(source, parts[parts.length - 1]));
            }
        }
    }

    private static OrderSource source(String name) {
        try {
            return OrderSource.valueOf(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Follows an order (in memory until the next {@link #save()}); false when it is followed already. */
    synchronized boolean add(String orderId, OrderSource source) {
        if (orders.containsKey(orderId)) {
            return false;
        }
        orders.put(orderId, new Entry(source, null, null));
        dirty = true;
        return true;
    }

    /** Stops following an order; its counters go with it. */
    synchronized void remove(String orderId) {
        if (orders.remove(orderId) != null) {
            dirty = true;
        }
    }

    synchronized List<TrackedOrder> snapshot() {
        List<TrackedOrder> list = new ArrayList<>(orders.size());
        orders.forEach((id, entry) -> list.add(new TrackedOrder(id, entry.source)));
        return list;
    }

    /** The order's counters as of the last poll that handled all of its changes; null before the first. */
    synchronized String counters(String orderId) {
        Entry entry = orders.get(orderId);
        return entry == null ? null : entry.counters;
    }

    synchronized void counters(String orderId, String counters) {
        Entry entry = orders.get(orderId);
        if (entry != null && !counters.equals(entry.counters)) {
            entry.counters = counters;
            dirty = true;
        }
    }

    /** The order's submit day and last complete counters; null when it is not followed. */
    synchronized Seen seen(String orderId) {
        Entry entry = orders.get(orderId);
        return entry == null ? null : new Seen(entry.day, entry.counters);
    }

    /** Records the day the order was submitted, as its report gives it. */
    synchronized void day(String orderId, LocalDate day) {
        Entry entry = orders.get(orderId);
        if (entry != null && day != null && !day.equals(entry.day)) {
            entry.day = day;
            dirty = true;
        }
    }

    /** Writes the followed orders to the repository when they changed since the last write. */
    void save() {
        String value;
        synchronized (this) {
            if (!dirty) {
                return;
            }
            StringJoiner joined = new StringJoiner(",");
            orders.forEach((id, entry) -> {
                String stored = entry.stored();
                joined.add(id + "=" + entry.source.name() + (stored.isEmpty() ? "" : "=" + stored));
            });
            value = joined.toString();
            dirty = false;
        }
        try {
            state.setState(key, value);
        } catch (RuntimeException e) {
            synchronized (this) {
                dirty = true;
            }
            throw e;
        }
    }
}
