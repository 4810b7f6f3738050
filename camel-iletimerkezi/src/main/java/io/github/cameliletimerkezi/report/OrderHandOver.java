package io.github.cameliletimerkezi.report;

import java.util.Collection;
import java.util.Map;

/**
 * Storage every instance of an application shares, through which orders sent (or named) on one instance reach the
 * report consumer of whichever instance polls: one entry per order, written by senders, taken by the polling
 * consumer once it has saved them among its followed orders. Implementations must be safe for concurrent writers on
 * several machines; adding an order already waiting changes nothing.
 */
public interface OrderHandOver {

    /** Records an order to follow; called on the sender's thread, right after the send succeeded. */
    void put(String orderId, OrderSource source);

    /** Up to {@code max} waiting orders, oldest first. */
    Map<String, OrderSource> waiting(int max);

    /** Forgets orders a consumer has saved among its followed orders. */
    void remove(Collection<String> orderIds);
}
