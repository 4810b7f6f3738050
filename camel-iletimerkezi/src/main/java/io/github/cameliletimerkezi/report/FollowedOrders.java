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

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One stream's followed orders, as its {@link FollowedOrderStore} keeps them: inserted when followed, updated only
 * when a read changed them, deleted when final, each change at the version this instance read. A change the store
 * refuses (another writer changed that order: a newer leader) is not forced; the orders are read again before the
 * next poll. Senders hand orders over on their own threads without waiting for the store: they are written by the poll
 * thread ({@link #flush()}).
 */
public final class FollowedOrders {

    private static final Logger LOG = LoggerFactory.getLogger(ReportLog.CATEGORY);

    private final FollowedOrderStore store;
    private final String stream;
    private final Clock clock;
    private final Queue<FollowedOrder> arrived = new ConcurrentLinkedQueue<>();
    /** Orders to read at the next poll whatever time they wait for (a scheduled order cancelled here). */
    private final Queue<String> dueNow = new ConcurrentLinkedQueue<>();
    private final Map<String, FollowedOrder> orders = new LinkedHashMap<>();
    private volatile boolean loaded;
    private boolean stale;

    public FollowedOrders(FollowedOrderStore store, String stream, Clock clock) {
        this.store = store;
        this.stream = stream;
        this.clock = clock;
    }

    /** Whether the store was read since start; before, nothing is polled. */
    boolean loaded() {
        return loaded;
    }

    /** Follows an order; any thread, never waits for the store. */
    public void follow(String orderId, OrderSource source, Instant notBefore) {
        arrived.add(FollowedOrder.of(orderId, source, clock.instant()).withNotBefore(notBefore));
    }

    /**
     * Marks an order to be read at the next poll even if it waits for a time (its send time, or the next try after a
     * 456); any thread. Ignored for an order not followed.
     */
    public void due(String orderId) {
        dueNow.add(orderId);
    }

    /** Orders handed over but not written yet. */
    public int waiting() {
        return arrived.size();
    }

    /** Reads the stream's orders from the store (at start, and again after the store refused a change). */
    void load() {
        List<FollowedOrder> stored = read(() -> store.orders(stream), "read");
        synchronized (this) {
            orders.clear();
            stored.forEach(order -> orders.put(order.orderId(), order));
            loaded = true;
            stale = false;
        }
    }

    /** Reads the store again if it refused a change since the last read. */
    public void reloadIfStale() {
        boolean reload;
        synchronized (this) {
            reload = stale;
        }
        if (reload) {
            load();
        }
    }

    /** Writes the orders handed over since the last call; those the store could not take stay for the next. */
    public void flush() {
        for (FollowedOrder order = arrived.peek(); order != null; order = arrived.peek()) {
            boolean known;
            synchronized (this) {
                known = orders.containsKey(order.orderId());
            }
            if (!known) {
                FollowedOrder candidate = order;
                FollowedOrder stored = read(() -> store.add(stream, candidate), "written");
                synchronized (this) {
                    if (stored != null) {
                        orders.put(stored.orderId(), stored);
                    } else {
                        // another writer follows it already: take its entry at the next read
                        stale = true;
                    }
                }
            }
            arrived.poll();
        }
        for (String orderId = dueNow.poll(); orderId != null; orderId = dueNow.poll()) {
            FollowedOrder current = get(orderId);
            if (current != null && current.notBefore() != null) {
                update(current.withNotBefore(null));
            }
        }
    }

    public synchronized List<FollowedOrder> snapshot() {
        return new ArrayList<>(orders.values());
    }

    /** The ids of the orders followed, those handed over and not written yet included. */
    /** How many orders are followed now, those handed over since the last poll included. */
    public synchronized int count() {
        return orders.size() + arrived.size();
    }

    public synchronized List<String> ids() {
        // a set, not List.contains: 100,000 orders handed over at once must not cost 100,000 squared comparisons
        Set<String> ids = new LinkedHashSet<>(orders.keySet());
        for (FollowedOrder order : arrived) {
            ids.add(order.orderId());
        }
        return new ArrayList<>(ids);
    }

    synchronized FollowedOrder get(String orderId) {
        return orders.get(orderId);
    }

    /** Stores the order's changed fields; nothing is written when nothing changed. */
    void update(FollowedOrder changed) {
        FollowedOrder current = get(changed.orderId());
        if (current == null || sameValues(current, changed)) {
            return;
        }
        FollowedOrder stored = read(() -> store.update(stream, changed.withVersion(current.version())), "written");
        synchronized (this) {
            if (stored != null) {
                orders.put(stored.orderId(), stored);
            } else {
                refused(changed.orderId());
            }
        }
    }

    /** Stops following an order. */
    void remove(String orderId) {
        FollowedOrder current = get(orderId);
        if (current == null) {
            return;
        }
        boolean removed = read(() -> store.remove(stream, orderId, current.version()), "written");
        synchronized (this) {
            if (removed) {
                orders.remove(orderId);
            } else {
                refused(orderId);
            }
        }
    }

    private void refused(String orderId) {
        // another writer changed or removed this order since it was read: keep its view, read it again
        LOG.debug("The orderStore refused a change of order {} made by another writer; the orders are read again",
                orderId);
        orders.remove(orderId);
        stale = true;
    }

    private static boolean sameValues(FollowedOrder a, FollowedOrder b) {
        return a.source() == b.source() && Objects.equals(a.followedAt(), b.followedAt())
               && Objects.equals(a.notBefore(), b.notBefore()) && Objects.equals(a.day(), b.day())
               && Objects.equals(a.counters(), b.counters());
    }

    private interface StoreCall<T> {
        T call();
    }

    private <T> T read(StoreCall<T> call, String what) {
        try {
            return call.call();
        } catch (StoreException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new StoreException("The orderStore could not be " + what + ": " + e.getMessage(), e);
        }
    }
}
