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

import java.util.List;

import org.apache.camel.Service;

/**
 * Where delivery-report streams keep the orders they follow: one entry per (stream, order), inserted when the order is
 * followed, updated when a poll read it, deleted when it is final. Writers of different orders never touch each
 * other's entries, and every change names the version it read, so a writer with a stale view (a leader that lost its
 * lease in the middle of a poll) cannot undo a newer writer's change: its update or delete is refused and it re-reads.
 * <p>
 * Implementations are thread-safe, and safe for writers in several JVMs where they are shared (JDBC). A failure to
 * reach the storage is thrown as a RuntimeException; the stream treats it as an account-wide failure (the poll
 * fails, nothing is dropped).
 */
public interface FollowedOrderStore extends Service {

    /** Every order the stream follows, each with its current version. */
    List<FollowedOrder> orders(String stream);

    /**
     * Follows an order.
     *
     * @return the stored entry (version 1 or higher), or null when the stream follows this order already (the stored
     *         entry stays as it is)
     */
    FollowedOrder add(String stream, FollowedOrder order);

    /**
     * Replaces an order's entry if it is still at {@code changed.version()}.
     *
     * @return the stored entry with its new version, or null when another writer changed or deleted it since
     */
    FollowedOrder update(String stream, FollowedOrder changed);

    /**
     * Stops following an order if its entry is still at {@code version}.
     *
     * @return false when another writer changed or deleted it since
     */
    boolean remove(String stream, String orderId, long version);
}
