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

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every {@link FollowedOrderStore} guarantees: one entry per (stream, order), and changes accepted only at the
 * version the writer read, so a writer with a stale view (a leader that lost its lease) cannot undo a newer change.
 * Each implementation's test extends this.
 */
public abstract class FollowedOrderStoreContract {

    protected static final Instant FOLLOWED = Instant.parse("2026-12-01T08:00:00Z");
    protected FollowedOrderStore store;

    /** A new, empty store (started by the contract). */
    protected abstract FollowedOrderStore createStore() throws Exception;

    @BeforeEach
    void startStore() throws Exception {
        store = createStore();
        store.start();
    }

    @AfterEach
    void stopStore() {
        store.stop();
    }

    @Test
    void anOrderIsFollowedOncePerStream() {
        FollowedOrder added = store.add("a", FollowedOrder.of("428", OrderSource.SEND, FOLLOWED));
        assertThat(added.version()).isPositive();
        assertThat(store.add("a", FollowedOrder.of("428", OrderSource.API, FOLLOWED))).as("followed already").isNull();
        assertThat(store.add("b", FollowedOrder.of("428", OrderSource.API, FOLLOWED))).as("another stream").isNotNull();

        assertThat(store.orders("a")).singleElement().satisfies(order -> {
            assertThat(order.orderId()).isEqualTo("428");
            assertThat(order.source()).isEqualTo(OrderSource.SEND);
            assertThat(order.followedAt()).isEqualTo(FOLLOWED);
        });
        assertThat(store.orders("c")).isEmpty();
    }

    @Test
    void everyFieldIsKept() {
        FollowedOrder added = store.add("a", FollowedOrder.of("428", OrderSource.OPTION, FOLLOWED));
        FollowedOrder changed = added.withDay(LocalDate.of(2026, 12, 1)).withCounters("113|4|1|0|3")
                .withNotBefore(FOLLOWED.plusSeconds(3600));

        FollowedOrder stored = store.update("a", changed);

        assertThat(stored.version()).isGreaterThan(added.version());
        assertThat(store.orders("a")).singleElement().isEqualTo(stored);
    }

    @Test
    void aWriterWithAStaleViewCannotUndoANewerChange() {
        FollowedOrder read = store.add("a", FollowedOrder.of("428", OrderSource.SEND, FOLLOWED));
        // the new leader reads and writes
        FollowedOrder newer = store.update("a", read.withCounters("113|2|1|0|1"));
        assertThat(newer).isNotNull();

        // the old leader still holds the first version
        assertThat(store.update("a", read.withCounters("113|2|0|0|2"))).isNull();
        assertThat(store.remove("a", "428", read.version())).isFalse();

        assertThat(store.orders("a")).singleElement().satisfies(order -> assertThat(order.counters()).isEqualTo("113|2|1|0|1"));
        assertThat(store.remove("a", "428", newer.version())).isTrue();
        assertThat(store.orders("a")).isEmpty();
        assertThat(store.update("a", newer)).as("deleted meanwhile").isNull();
    }

    @Test
    void writersOfDifferentOrdersNeverTouchEachOther() {
        FollowedOrder first = store.add("a", FollowedOrder.of("1", OrderSource.SEND, FOLLOWED));
        FollowedOrder second = store.add("a", FollowedOrder.of("2", OrderSource.SEND, FOLLOWED));

        assertThat(store.update("a", first.withCounters("114|1|1|0|0"))).isNotNull();
        assertThat(store.remove("a", "2", second.version())).isTrue();

        assertThat(store.orders("a")).singleElement().satisfies(order -> {
            assertThat(order.orderId()).isEqualTo("1");
            assertThat(order.counters()).isEqualTo("114|1|1|0|0");
        });
    }
}
