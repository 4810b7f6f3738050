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

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.service.ServiceHelper;
import org.apache.camel.support.service.ServiceSupport;

/**
 * Serves a user's Camel {@link StateRepository} as a {@link FollowedOrderStore}. A StateRepository cannot list its
 * keys, so a stream's orders are kept as one value, under {@code iletimerkezi.<stream>.orders}, rewritten whenever
 * one of them changes; the versions are checked against what this instance last wrote. That holds for one instance
 * at a time only: replicas need a store of their own per order (JdbcFollowedOrderStore). The value written by earlier
 * versions ({@code id=SOURCE=counters@day,...}) is read and rewritten in the current form at the first change.
 */
public class StateRepositoryOrderStore extends ServiceSupport implements FollowedOrderStore {

    static final String KEY_PREFIX = "iletimerkezi.";
    static final String KEY_SUFFIX = ".orders";
    /**
     * Starts the current form, {@code followed-orders/2,id:entry,id:entry}; the earlier form never does. One line, as
     * some repositories (FileStateRepository) keep a value per line.
     */
    private static final String FORM = "followed-orders/2";

    private final StateRepository<String, String> state;
    private final Map<String, Map<String, FollowedOrder>> streams = new HashMap<>();

    public StateRepositoryOrderStore(StateRepository<String, String> state) {
        this.state = state;
    }

    /** The key a stream's orders are kept under. */
    public static String key(String stream) {
        return KEY_PREFIX + stream + KEY_SUFFIX;
    }

    @Override
    protected void doStart() throws Exception {
        ServiceHelper.startService(state);
    }

    @Override
    protected void doStop() throws Exception {
        // the repository is the user's: it may serve others, and its owner stops it
        synchronized (this) {
            streams.clear();
        }
    }

    private Map<String, FollowedOrder> stream(String stream) {
        Map<String, FollowedOrder> orders = streams.get(stream);
        if (orders == null) {
            orders = new LinkedHashMap<>();
            for (FollowedOrder order : read(state.getState(key(stream)), Instant.now())) {
                orders.put(order.orderId(), order);
            }
            streams.put(stream, orders);
        }
        return orders;
    }

    @Override
    public synchronized List<FollowedOrder> orders(String stream) {
        return new ArrayList<>(stream(stream).values());
    }

    @Override
    public synchronized FollowedOrder add(String stream, FollowedOrder order) {
        Map<String, FollowedOrder> orders = stream(stream);
        if (orders.containsKey(order.orderId())) {
            return null;
        }
        FollowedOrder stored = order.withVersion(1);
        orders.put(order.orderId(), stored);
        write(stream, orders, () -> orders.remove(order.orderId()));
        return stored;
    }

    @Override
    public synchronized FollowedOrder update(String stream, FollowedOrder changed) {
        Map<String, FollowedOrder> orders = stream(stream);
        FollowedOrder current = orders.get(changed.orderId());
        if (current == null || current.version() != changed.version()) {
            return null;
        }
        FollowedOrder stored = changed.withVersion(changed.version() + 1);
        orders.put(changed.orderId(), stored);
        write(stream, orders, () -> orders.put(changed.orderId(), current));
        return stored;
    }

    @Override
    public synchronized boolean remove(String stream, String orderId, long version) {
        Map<String, FollowedOrder> orders = stream(stream);
        FollowedOrder current = orders.get(orderId);
        if (current == null || current.version() != version) {
            return false;
        }
        orders.remove(orderId);
        write(stream, orders, () -> orders.put(orderId, current));
        return true;
    }

    private void write(String stream, Map<String, FollowedOrder> orders, Runnable undo) {
        StringJoiner value = new StringJoiner(",");
        value.add(FORM);
        orders.values().forEach(order -> value.add(order.orderId() + ":" + FollowedOrderText.format(order)));
        try {
            // a stream that follows nothing leaves an empty value, as the earlier form did
            state.setState(key(stream), orders.isEmpty() ? "" : value.toString());
        } catch (RuntimeException e) {
            undo.run();
            throw e;
        }
    }

    /**
     * The orders a stored value holds, in the current or the earlier form; those of the earlier form count as followed
     * from {@code now}. Entries that cannot be read are left out.
     */
    static List<FollowedOrder> read(String stored, Instant now) {
        List<FollowedOrder> orders = new ArrayList<>();
        if (stored == null || stored.isBlank()) {
            return orders;
        }
        if (stored.equals(FORM) || stored.startsWith(FORM + ",")) {
            for (String entry : stored.substring(FORM.length()).split(",")) {
                int colon = entry.lastIndexOf(':');
                FollowedOrder order = colon < 0 ? null
                        : FollowedOrderText.parse(entry.substring(0, colon), entry.substring(colon + 1));
                if (order != null) {
                    orders.add(order);
                }
            }
            return orders;
        }
        for (String entry : stored.split(",")) {
            FollowedOrder order = readEarlierForm(entry, now);
            if (order != null) {
                orders.add(order);
            }
        }
        return orders;
    }

    /** {@code id=SOURCE} or {@code id=SOURCE=counters@day} (either part may be empty); counters and day hold no '='. */
    private static FollowedOrder readEarlierForm(String entry, Instant now) {
        String[] parts = entry.split("=", -1);
        if (parts.length < 2) {
            return null;
        }
        OrderSource source = source(parts[parts.length - 1]);
        if (source != null) {
            return new FollowedOrder(String.join("=", Arrays.copyOf(parts, parts.length - 1)), source, now, null, null,
                    null, 1);
        }
        if (parts.length < 3 || (source = source(parts[parts.length - 2])) == null) {
            return null;
        }
        String stored = parts[parts.length - 1];
        int at = stored.indexOf('@');
        String counters = at < 0 ? stored : stored.substring(0, at);
        LocalDate day = null;
        if (at >= 0) {
            try {
                day = LocalDate.parse(stored.substring(at + 1));
            } catch (DateTimeParseException e) {
                // an unreadable day only costs the order list's help for this order
            }
        }
        return new FollowedOrder(String.join("=", Arrays.copyOf(parts, parts.length - 2)), source, now, null, day,
                counters.isEmpty() ? null : counters, 1);
    }

    private static OrderSource source(String name) {
        try {
            return OrderSource.valueOf(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
