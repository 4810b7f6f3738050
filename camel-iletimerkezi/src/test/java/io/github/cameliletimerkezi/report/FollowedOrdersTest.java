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
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 19 point 4 as the stream uses the store: writes only what changed, and a stale leader cannot erase what a
 * newer leader follows.
 */
class FollowedOrdersTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-12-01T08:00:00Z"), ZoneOffset.UTC);
    private final AtomicInteger writes = new AtomicInteger();
    private final MemoryFollowedOrderStore store = new MemoryFollowedOrderStore() {
        @Override
        public FollowedOrder add(String stream, FollowedOrder order) {
            writes.incrementAndGet();
            return super.add(stream, order);
        }

        @Override
        public FollowedOrder update(String stream, FollowedOrder changed) {
            writes.incrementAndGet();
            return super.update(stream, changed);
        }

        @Override
        public boolean remove(String stream, String orderId, long version) {
            writes.incrementAndGet();
            return super.remove(stream, orderId, version);
        }
    };

    @Test
    void aPollWritesOnlyTheOrdersThatChanged() {
        FollowedOrders orders = new FollowedOrders(store, "reports", clock);
        orders.load();
        for (int i = 0; i < 100; i++) {
            orders.follow(String.valueOf(i), OrderSource.SEND, null);
        }
        orders.flush();
        assertThat(writes.get()).isEqualTo(100);

        writes.set(0);
        for (FollowedOrder order : orders.snapshot()) {
            orders.update(order);
        }
        orders.update(orders.get("7").withCounters("113|1|0|0|1"));

        assertThat(writes.get()).as("one changed order, one write").isEqualTo(1);
    }

    @Test
    void aStaleLeaderCannotEraseTheNewLeadersOrders() {
        FollowedOrders oldLeader = new FollowedOrders(store, "reports", clock);
        oldLeader.load();
        oldLeader.follow("428", OrderSource.SEND, null);
        oldLeader.flush();

        // the lease moves: the new leader reads the store and reads order 428 further
        FollowedOrders newLeader = new FollowedOrders(store, "reports", clock);
        newLeader.load();
        newLeader.update(newLeader.get("428").withCounters("113|2|1|0|1"));

        // the old leader finishes its poll with its older view: it would drop 428 and overwrite its counters
        oldLeader.update(oldLeader.get("428").withCounters("113|2|0|0|2"));
        oldLeader.remove("428");

        assertThat(store.orders("reports")).singleElement().satisfies(order -> assertThat(order.counters())
                .isEqualTo("113|2|1|0|1"));
        oldLeader.reloadIfStale();
        assertThat(oldLeader.get("428").counters()).as("re-read after the refusal").isEqualTo("113|2|1|0|1");
    }
}
