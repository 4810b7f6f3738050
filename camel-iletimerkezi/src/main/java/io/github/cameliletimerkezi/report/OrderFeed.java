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

import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands orders to the report consumers of one component: orders its send producers created and orders named at run
 * time. Orders published while no consumer listens wait (up to {@value #MAX_PENDING}) for the first one that starts,
 * so a route that sends before the consumer's route has started loses nothing. With an {@link OrderHandOver} set, orders
 * go there instead, so the consumer of whichever instance polls follows them; one the hand-over cannot record is
 * handed to this JVM's consumers as a fallback, with a warning naming it.
 */
public final class OrderFeed {

    static final int MAX_PENDING = 10_000;
    private static final Logger LOG = LoggerFactory.getLogger(OrderFeed.class);

    private record PendingOrder(String orderId, OrderSource source) {
    }

    private final List<BiConsumer<String, OrderSource>> listeners = new CopyOnWriteArrayList<>();
    /** Lock-free, as every send publishes its order: sends on many threads never wait for one another here. */
    private final Deque<PendingOrder> pending = new ConcurrentLinkedDeque<>();
    private final AtomicInteger pendingCount = new AtomicInteger();
    private volatile OrderHandOver handOver;

    /** Where orders go instead of this JVM's consumers; null for the in-memory hand-over. */
    public void setHandOver(OrderHandOver handOver) {
        this.handOver = handOver;
    }

    public OrderHandOver getHandOver() {
        return handOver;
    }

    public void publish(String orderId, OrderSource source) {
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
        publishLocally(orderId, source);
    }

    private void publishLocally(String orderId, OrderSource source) {
        if (!listeners.isEmpty()) {
            deliver(orderId, source);
            return;
        }
        pending.addLast(new PendingOrder(orderId, source));
        if (pendingCount.incrementAndGet() > MAX_PENDING) {
            PendingOrder dropped = pending.pollFirst();
            if (dropped != null) {
                pendingCount.decrementAndGet();
                // producer-only applications never start a consumer: keep the newest orders, quietly
                LOG.debug("No report consumer has started; order {} will not be followed (at most {} orders wait)",
                        dropped.orderId(), MAX_PENDING);
            }
        }
        if (!listeners.isEmpty()) {
            // a consumer subscribed meanwhile and may have taken the waiting orders before this one arrived
            deliverPending();
        }
    }

    public synchronized void subscribe(BiConsumer<String, OrderSource> listener) {
        listeners.add(listener);
        for (PendingOrder order = pending.pollFirst(); order != null; order = pending.pollFirst()) {
            pendingCount.decrementAndGet();
            listener.accept(order.orderId(), order.source());
        }
    }

    /** Hands every waiting order to the listeners; each order is taken from the queue once, by one caller. */
    private void deliverPending() {
        for (PendingOrder order = pending.pollFirst(); order != null; order = pending.pollFirst()) {
            pendingCount.decrementAndGet();
            deliver(order.orderId(), order.source());
        }
    }

    private void deliver(String orderId, OrderSource source) {
        for (BiConsumer<String, OrderSource> listener : listeners) {
            try {
                listener.accept(orderId, source);
            } catch (RuntimeException e) {
                // following is best effort: the send succeeded and its result stands
                LOG.warn("Order {} could not be handed to a report consumer: {}", orderId, e.toString());
            }
        }
    }

    public void unsubscribe(BiConsumer<String, OrderSource> listener) {
        listeners.remove(listener);
    }
}
