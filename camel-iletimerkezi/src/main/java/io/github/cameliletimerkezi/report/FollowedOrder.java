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

/**
 * One order a delivery-report stream follows, as a {@link FollowedOrderStore} keeps it.
 *
 * @param orderId    the provider's order id
 * @param source     why the stream follows it
 * @param followedAt when the stream first followed it; the age limit counts from here
 * @param notBefore  the order's send time while it is scheduled (nothing to read before), else null
 * @param day        the day the order was submitted (Istanbul time), as its report gives it; null while unknown
 * @param counters   the order's counters as of the last poll that handled all its changes; null before the first
 * @param version    the stored version this value was read at; a store accepts a change only from the current one
 */
public record FollowedOrder(
        String orderId, OrderSource source, Instant followedAt, Instant notBefore, LocalDate day, String counters,
        long version) {

    /** A newly followed order, not stored yet. */
    public static FollowedOrder of(String orderId, OrderSource source, Instant followedAt) {
        return new FollowedOrder(orderId, source, followedAt, null, null, null, 0);
    }

    public FollowedOrder withDay(LocalDate newDay) {
        return new FollowedOrder(orderId, source, followedAt, notBefore, newDay, counters, version);
    }

    public FollowedOrder withCounters(String newCounters) {
        return new FollowedOrder(orderId, source, followedAt, notBefore, day, newCounters, version);
    }

    public FollowedOrder withNotBefore(Instant newNotBefore) {
        return new FollowedOrder(orderId, source, followedAt, newNotBefore, day, counters, version);
    }

    public FollowedOrder withVersion(long newVersion) {
        return new FollowedOrder(orderId, source, followedAt, notBefore, day, counters, newVersion);
    }
}
