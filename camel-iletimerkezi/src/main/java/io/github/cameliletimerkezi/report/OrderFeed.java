package io.github.cameliletimerkezi.report;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
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
    private final Deque<PendingOrder> pending = new ArrayDeque<>();
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

    private synchronized void publishLocally(String orderId, OrderSource source) {
        if (listeners.isEmpty()) {
            if (pending.size() == MAX_PENDING) {
                PendingOrder dropped = pending.removeFirst();
                // producer-only applications never start a consumer: keep the newest orders, quietly
                LOG.debug("No report consumer has started; order {} will not be followed (at most {} orders wait)",
                        dropped.orderId(), MAX_PENDING);
            }
            pending.addLast(new PendingOrder(orderId, source));
            return;
        }
        for (BiConsumer<String, OrderSource> listener : listeners) {
            try {
                listener.accept(orderId, source);
            } catch (RuntimeException e) {
                // following is best effort: the send succeeded and its result stands
                LOG.warn("Order {} could not be handed to a report consumer: {}", orderId, e.toString());
            }
        }
    }

    public synchronized void subscribe(BiConsumer<String, OrderSource> listener) {
        listeners.add(listener);
        while (!pending.isEmpty()) {
            PendingOrder order = pending.removeFirst();
            listener.accept(order.orderId(), order.source());
        }
    }

    public void unsubscribe(BiConsumer<String, OrderSource> listener) {
        listeners.remove(listener);
    }
}
