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
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * When each followed order is read: an order whose own reads fail sits out a growing number of polls (1, 3, 7, 15,
 * then {@value #MAX_SKIPPED_POLLS}), a scheduled order waits until its send time, and an order older than the age
 * limit is given up. Nothing here drops an order for failing: only age does, so an account-wide fault that makes
 * every order fail for a while costs no order. Used by the poll thread only.
 */
public final class OrderBackoff {

    /** The most polls a failing order sits out between two tries. */
    static final int MAX_SKIPPED_POLLS = 16;
    /** The shortest and the longest wait before a scheduled order (456) whose send time is unknown is asked again. */
    static final Duration MIN_SCHEDULED_WAIT = Duration.ofMinutes(1);
    static final Duration MAX_SCHEDULED_WAIT = Duration.ofHours(1);

    private static final class Failing {
        int failures;
        int skip;
        Exception last;
    }

    private final Map<String, Failing> failing = new HashMap<>();
    private final Duration maxAge;
    private final Clock clock;

    public OrderBackoff(Duration maxAge, Clock clock) {
        this.maxAge = maxAge;
        this.clock = clock;
    }

    /** Whether the order sits this poll out (and counts the poll it sat out). */
    public boolean sitsOut(FollowedOrder order) {
        if (order.notBefore() != null && clock.instant().isBefore(order.notBefore())) {
            return true;
        }
        Failing backoff = failing.get(order.orderId());
        if (backoff == null || backoff.skip == 0) {
            return false;
        }
        backoff.skip--;
        return true;
    }

    /** Whether the order was followed longer than the age limit allows (counted from its send time when later). */
    public boolean tooOld(FollowedOrder order) {
        Instant from = order.notBefore() != null && order.notBefore().isAfter(order.followedAt())
                ? order.notBefore() : order.followedAt();
        return Duration.between(from, clock.instant()).compareTo(maxAge) > 0;
    }

    /** Counts a failure of the order's own and returns what happens next, for the log line. */
    String failed(String orderId, Exception e) {
        Failing backoff = failing.computeIfAbsent(orderId, id -> new Failing());
        backoff.failures++;
        backoff.last = e;
        // tried again at the next poll after a first failure, then after 1, 3, 7, 15, 16, 16... skipped polls
        backoff.skip = Math.min((1 << Math.min(backoff.failures - 1, 30)) - 1, MAX_SKIPPED_POLLS);
        return backoff.skip == 0 ? "it is tried again at the next poll"
                : "it is tried again after " + backoff.skip + " skipped polls";
    }

    /** How many times in a row the order's own reads failed. */
    int failures(String orderId) {
        Failing backoff = failing.get(orderId);
        return backoff == null ? 0 : backoff.failures;
    }

    /** The order's last own failure, or null. */
    Exception lastFailure(String orderId) {
        Failing backoff = failing.get(orderId);
        return backoff == null ? null : backoff.last;
    }

    void succeeded(String orderId) {
        failing.remove(orderId);
    }

    void forget(String orderId) {
        failing.remove(orderId);
    }

    /**
     * When a scheduled order whose send time is unknown is asked again: after as long as it has waited so far, between
     * {@link #MIN_SCHEDULED_WAIT} and {@link #MAX_SCHEDULED_WAIT}, so an order scheduled days ahead costs a request an
     * hour, not one a poll.
     */
    Instant nextScheduledTry(FollowedOrder order) {
        Instant now = clock.instant();
        Duration waited = Duration.between(order.followedAt(), now);
        Duration wait = waited.compareTo(MIN_SCHEDULED_WAIT) < 0 ? MIN_SCHEDULED_WAIT
                : waited.compareTo(MAX_SCHEDULED_WAIT) > 0 ? MAX_SCHEDULED_WAIT : waited;
        return now.plus(wait);
    }
}
