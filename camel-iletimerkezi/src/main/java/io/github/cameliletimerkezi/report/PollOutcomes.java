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
import java.time.Duration;
import java.util.List;

import io.github.cameliletimerkezi.client.IletiMerkeziException;
import io.github.cameliletimerkezi.model.OrderUpdate;
import io.github.cameliletimerkezi.model.StatusCodes;
import io.github.cameliletimerkezi.report.OrderReads.Read;
import io.github.cameliletimerkezi.report.UpdateEmitter.Emission;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Acts on a poll's reads: writes what changed to the followed orders, finishes final orders, backs off orders whose
 * own reads failed, gives up orders past the age limit, and sums up whether the poll failed for the whole stream
 * ({@link FailureClass}). Used by the poll thread only.
 */
public final class PollOutcomes {

    /** What a poll's reads came to. */
    public static final class Tally {
        int read;
        int emitted;
        Exception accountFailure;
        String failedOrder;

        /** Orders whose report was read. */
        public int read() {
            return read;
        }

        /** Updates handed to the route. */
        public int emitted() {
            return emitted;
        }

        /** Whether the poll failed for the whole stream ({@link #failure()} says how). */
        public boolean failed() {
            return accountFailure != null;
        }

        /** Records a failure of the whole stream; the first one is kept. */
        public void account(Exception e, String orderId) {
            if (accountFailure == null) {
                accountFailure = e;
                failedOrder = orderId;
            }
        }

        /** The poll's failure for the whole stream: nothing is dropped, and Camel's backoff and health check see it. */
        public ReportFailure failure() {
            String message = "The delivery-report poll failed for the whole stream ("
                             + (failedOrder == null ? "" : "İleti Merkezi report of order " + failedOrder + " failed: ")
                             + accountFailure.getMessage() + "); every order is kept and tried again at the next poll";
            return new ReportFailure(message, accountFailure);
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(ReportLog.CATEGORY);

    private final FollowedOrders followed;
    private final OrderBackoff backoff;
    private final UpdateEmitter emitter;
    private final StreamUpdates defaultMemory;
    private final Duration maxAge;
    private final Clock clock;

    /**
     * @param defaultMemory the default repository the stream uses, whose keys of final orders are dropped; null when
     *                      one was configured
     */
    public PollOutcomes(FollowedOrders followed, OrderBackoff backoff, UpdateEmitter emitter, StreamUpdates defaultMemory,
                 Duration maxAge, Clock clock) {
        this.followed = followed;
        this.backoff = backoff;
        this.emitter = emitter;
        this.defaultMemory = defaultMemory;
        this.maxAge = maxAge;
        this.clock = clock;
    }

    public Tally act(List<Read> reads) {
        Tally tally = new Tally();
        for (Read read : reads) {
            if (read.result() != null) {
                tally.read++;
            }
        }
        for (Read read : reads) {
            try {
                act(read, tally);
            } catch (StoreException e) {
                tally.account(e, null);
            }
        }
        return tally;
    }

    private void act(Read read, Tally tally) {
        if (read.skipped()) {
            return;
        }
        FollowedOrder order = read.order();
        if (read.failure() != null) {
            FailureClass failure = FailureClass.of(read.failure());
            // an unclear failure is the order's own when others read fine, or when it was shown to be so before
            if (failure == FailureClass.ORDER
                || failure == FailureClass.UNCLEAR && (tally.read > 0 || backoff.failures(order.orderId()) > 0)) {
                String next = backoff.failed(order.orderId(), read.failure());
                LOG.warn("İleti Merkezi report of order {} failed: {}; {}", order.orderId(), read.failure().getMessage(), next);
            } else {
                tally.account(read.failure(), order.orderId());
            }
            return;
        }
        backoff.succeeded(order.orderId());
        ReportPoller.Result result = read.result();
        tally.emitted += result.emitted();
        FollowedOrder changed = result.day() != null ? order.withDay(result.day()) : order;
        switch (result.outcome()) {
            case FINISHED -> finished(order);
            case WAITING -> followed.update(changed.withNotBefore(backoff.nextScheduledTry(order)));
            case PROGRESSED -> followed.update(changed.withNotBefore(null).withCounters(
                    result.counters() != null ? result.counters() : order.counters()));
            default -> followed.update(changed.withNotBefore(null));
        }
    }

    /**
     * Stops following an order older than the age limit. One sent here that the provider never knew (455) gets its
     * order update first, as a final answer for the route.
     */
    public void giveUp(FollowedOrder order) {
        Exception last = backoff.lastFailure(order.orderId());
        boolean unknown = last instanceof IletiMerkeziException api && api.getStatusCode() == StatusCodes.ORDER_NOT_FOUND;
        if (unknown && order.source() == OrderSource.SEND) {
            Emission emission = emitter.order(new OrderUpdate(order.orderId(), StatusCodes.ORDER_NOT_FOUND, null, null,
                    null, null, null, clock.instant()));
            if (emission == Emission.FAILED || emission == Emission.STOPPED) {
                return;
            }
        }
        LOG.warn("Order {} was followed for longer than maxOrderAge ({}) without a final status{}; it is no longer"
                 + " followed", order.orderId(), maxAge,
                last == null ? "" : " (its last read failed: " + last.getMessage() + ")");
        finished(order);
    }

    private void finished(FollowedOrder order) {
        followed.remove(order.orderId());
        backoff.forget(order.orderId());
        if (defaultMemory != null) {
            // the order is never polled again: its keys in the default memory would only take room
            defaultMemory.finished(emitter.orderPrefix(order.orderId()));
        }
        LOG.debug("Order {} is final; no longer followed", order.orderId());
    }
}
