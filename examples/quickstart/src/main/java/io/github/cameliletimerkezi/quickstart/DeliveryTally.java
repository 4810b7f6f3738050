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
package io.github.cameliletimerkezi.quickstart;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts what the report consumer saw, and lets the quickstart wait until every order it sent is final.
 */
final class DeliveryTally {

    private final Set<String> pending = ConcurrentHashMap.newKeySet();
    private final Set<String> cancelled = ConcurrentHashMap.newKeySet();
    private final AtomicInteger delivered = new AtomicInteger();
    private final AtomicInteger undelivered = new AtomicInteger();
    private final AtomicInteger cancelledOrFailed = new AtomicInteger();
    private volatile CountDownLatch allFinal;

    void expect(String orderId) {
        pending.add(orderId);
    }

    /** Remembers an order this application cancels, so its end (115) reads as a cancellation, not a failure. */
    void cancelling(String orderId) {
        cancelled.add(orderId);
    }

    boolean wasCancelled(String orderId) {
        return cancelled.contains(orderId);
    }

    void recipient(boolean wasDelivered) {
        (wasDelivered ? delivered : undelivered).incrementAndGet();
    }

    void orderFinal(String orderId, boolean completed) {
        if (!completed) {
            cancelledOrFailed.incrementAndGet();
        }
        pending.remove(orderId);
        CountDownLatch latch = allFinal;
        if (latch != null && pending.isEmpty()) {
            latch.countDown();
        }
    }

    /** Waits until every expected order is final; false on timeout. */
    boolean awaitAllFinal(long seconds) throws InterruptedException {
        CountDownLatch latch = new CountDownLatch(1);
        allFinal = latch;
        if (pending.isEmpty()) {
            return true;
        }
        return latch.await(seconds, TimeUnit.SECONDS);
    }

    int delivered() {
        return delivered.get();
    }

    int undelivered() {
        return undelivered.get();
    }

    int cancelledOrFailed() {
        return cancelledOrFailed.get();
    }
}
