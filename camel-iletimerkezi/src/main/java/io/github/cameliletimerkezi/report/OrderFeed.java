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
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands orders to the report consumers of one component: orders its send producers created and orders named at run
 * time. Orders published while no consumer listens wait for the first one that starts, so a route that sends before
 * the consumer's route has started loses nothing; at most {@value #MAX_PENDING} wait (an application that sends and
 * never starts a report consumer must not fill its memory): the oldest beyond are given up, the first of them and
 * every {@value #MAX_PENDING}th after it logged at WARN with its id and the count. With an {@link OrderHandOver} set, orders
 * go there instead, so the consumer of whichever instance polls follows them; one the hand-over cannot record is
 * handed to this JVM's consumers as a fallback, with a warning naming it.
 */
public final class OrderFeed {

    static final int MAX_PENDING = 10_000;
    private static final Logger LOG = LoggerFactory.getLogger(OrderFeed.class);

    /** A report consumer following the orders handed over. */
    @FunctionalInterface
    public interface Follower {
        /**
         * @param notBefore the order's send time while it is scheduled, else null
         */
        void follow(String orderId, OrderSource source, Instant notBefore);

        /** An order this follower may wait for (a scheduled one) is to be read at the next poll. */
        default void due(String orderId) {
        }
    }

    private record PendingOrder(String orderId, OrderSource source, Instant notBefore) {
    }

    private final List<Follower> listeners = new CopyOnWriteArrayList<>();
    /** Lock-free, as every send publishes its order: sends on many threads never wait for one another here. */
    private final Deque<PendingOrder> pending = new ConcurrentLinkedDeque<>();
    private final AtomicInteger pendingCount = new AtomicInteger();
    /** Orders given up because no consumer started in time. */
    private final AtomicLong droppedCount = new AtomicLong();
    private volatile OrderHandOver handOver;

    /** Where orders go instead of this JVM's consumers; null for the in-memory hand-over. */
    public void setHandOver(OrderHandOver handOver) {
        this.handOver = handOver;
    }

    public OrderHandOver getHandOver() {
        return handOver;
    }

    public void publish(String orderId, OrderSource source) {
        publish(orderId, source, null);
    }

    /**
     * @param notBefore the order's send time when it is scheduled, else null; the shared hand-over does not carry it
     *                  (the consumer then learns it from the provider's 456 answers)
     */
    public void publish(String orderId, OrderSource source, Instant notBefore) {
        OrderHandOver shared = handOver;
        if (shared != null) {
            try {
                shared.put(orderId, source);
                return;
            } catch (RuntimeException e) {
                LOG.warn("Order {} could not be recorded in the shared hand-over ({}); only this instance's report"
                         + " consumer follows it", orderId, e.getMessage());
            }
        }
        publishLocally(new PendingOrder(orderId, source, notBefore));
    }

    private void publishLocally(PendingOrder order) {
        if (!listeners.isEmpty()) {
            deliver(order);
            return;
        }
        pending.addLast(order);
        if (pendingCount.incrementAndGet() > MAX_PENDING) {
            PendingOrder dropped = pending.pollFirst();
            if (dropped != null) {
                pendingCount.decrementAndGet();
                // the newest orders are kept; an application that only sends turns this off with trackSentOrders
                long count = droppedCount.incrementAndGet();
                if (count == 1 || count % MAX_PENDING == 0) {
                    // one line for the first and then for every MAX_PENDING more: an application that only sends
                    // would otherwise log a line per order
                    LOG.warn("No report consumer has started and {} orders wait for one: order {} is not followed ({}"
                             + " so far). Start the report consumer's route before sending, or hand these orders over"
                             + " with IletiMerkeziComponent#trackOrder once it runs", MAX_PENDING, dropped.orderId(), count);
                } else {
                    LOG.debug("No report consumer has started; order {} is not followed", dropped.orderId());
                }
            }
        }
        if (!listeners.isEmpty()) {
            // a consumer subscribed meanwhile and may have taken the waiting orders before this one arrived
            deliverPending();
        }
    }

    public synchronized void subscribe(Follower listener) {
        listeners.add(listener);
        for (PendingOrder order = pending.pollFirst(); order != null; order = pending.pollFirst()) {
            pendingCount.decrementAndGet();
            listener.follow(order.orderId(), order.source(), order.notBefore());
        }
    }

    /** How many orders wait for a consumer. */
    int pending() {
        return pendingCount.get();
    }

    /** Hands every waiting order to the listeners; each order is taken from the queue once, by one caller. */
    private void deliverPending() {
        for (PendingOrder order = pending.pollFirst(); order != null; order = pending.pollFirst()) {
            pendingCount.decrementAndGet();
            deliver(order);
        }
    }

    private void deliver(PendingOrder order) {
        for (Follower listener : listeners) {
            try {
                listener.follow(order.orderId(), order.source(), order.notBefore());
            } catch (RuntimeException e) {
                // following is best effort: the send succeeded and its result stands
                LOG.warn("Order {} could not be handed to a report consumer: {}", order.orderId(), e.toString());
            }
        }
    }

    /**
     * Tells this JVM's report consumers that an order is to be read at their next poll (a scheduled order cancelled
     * before its send time). A consumer that does not follow the order ignores it; the shared hand-over does not carry
     * it, so another replica's leader reads such an order at its send time.
     */
    public void due(String orderId) {
        for (Follower listener : listeners) {
            try {
                listener.due(orderId);
            } catch (RuntimeException e) {
                LOG.warn("Order {} could not be marked as due in a report consumer: {}", orderId, e.toString());
            }
        }
    }

    public void unsubscribe(Follower listener) {
        listeners.remove(listener);
    }
}
