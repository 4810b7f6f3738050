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
package io.github.cameliletimerkezi.jdbc;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import io.github.cameliletimerkezi.report.FollowedOrder;
import io.github.cameliletimerkezi.report.OrderSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The per-order store against a real PostgreSQL: one row per (stream, order), every field kept, and compare-and-set on
 * the version, so two writers (a new leader and one that lost its lease mid-poll) never undo each other.
 */
class JdbcFollowedOrderStoreTest {

    private static final Instant FOLLOWED = Instant.parse("2026-12-07T06:00:00.123456Z");

    @Test
    void keepsEveryFieldOfAnOrderAndItsVersionPerStream() {
        JdbcFollowedOrderStore store = started(TestDatabase.dataSource(), TestDatabase.freshTable("followed"));

        FollowedOrder scheduled = FollowedOrder.of("9101", OrderSource.SEND, FOLLOWED)
                .withNotBefore(Instant.parse("2026-12-08T09:00:00Z"));
        assertThat(store.add("reports", scheduled)).isEqualTo(scheduled.withVersion(1));
        assertThat(store.add("reports", FollowedOrder.of("9102", OrderSource.OPTION, FOLLOWED.plusSeconds(1))))
                .extracting(FollowedOrder::version).isEqualTo(1L);
        assertThat(store.add("other", FollowedOrder.of("9101", OrderSource.API, FOLLOWED))).isNotNull();

        FollowedOrder read = store.update("reports", scheduled.withVersion(1).withNotBefore(null)
                .withDay(LocalDate.of(2026, 12, 7)).withCounters("114|3|3|0|0"));
        assertThat(read).extracting(FollowedOrder::version).isEqualTo(2L);

        assertThat(store.orders("reports")).containsExactly(
                new FollowedOrder("9101", OrderSource.SEND, FOLLOWED, null, LocalDate.of(2026, 12, 7), "114|3|3|0|0", 2),
                new FollowedOrder("9102", OrderSource.OPTION, FOLLOWED.plusSeconds(1), null, null, null, 1));
        assertThat(store.orders("other")).extracting(FollowedOrder::orderId, FollowedOrder::source)
                .containsExactly(tuple("9101", OrderSource.API));

        // following an order twice keeps the first entry as it is
        assertThat(store.add("reports", FollowedOrder.of("9101", OrderSource.API, FOLLOWED.plusSeconds(60)))).isNull();
        assertThat(store.orders("reports").get(0)).isEqualTo(read);

        assertThat(store.remove("reports", "9101", 2)).isTrue();
        assertThat(store.orders("reports")).extracting(FollowedOrder::orderId).containsExactly("9102");
        assertThat(store.orders("other")).hasSize(1);
        // a second start finds the table and keeps its rows
        store.stop();
        store.start();
        assertThat(store.orders("reports")).extracting(FollowedOrder::orderId).containsExactly("9102");
        store.stop();
    }

    @Test
    void aStaleLeaderCannotEraseOrOverwriteTheNewLeadersOrders() {
        DataSource dataSource = TestDatabase.dataSource();
        String table = TestDatabase.freshTable("followed");
        JdbcFollowedOrderStore oldLeader = started(dataSource, table);
        JdbcFollowedOrderStore newLeader = started(dataSource, table);
        for (String id : List.of("9201", "9202", "9203")) {
            oldLeader.add("reports", FollowedOrder.of(id, OrderSource.SEND, FOLLOWED));
        }
        // the old leader starts a poll with its view of the orders, then loses its lease
        List<FollowedOrder> staleView = oldLeader.orders("reports");

        // the new leader polls: 9201 changed, 9202 became final, 9204 was handed over
        List<FollowedOrder> view = newLeader.orders("reports");
        FollowedOrder changed = newLeader.update("reports", view.get(0).withDay(LocalDate.of(2026, 12, 7))
                .withCounters("111|5|2|3|0"));
        assertThat(changed).isNotNull();
        assertThat(newLeader.remove("reports", "9202", view.get(1).version())).isTrue();
        assertThat(newLeader.add("reports", FollowedOrder.of("9204", OrderSource.SEND, FOLLOWED.plusSeconds(5))))
                .isNotNull();

        // the old leader finishes its poll with what it read before
        assertThat(oldLeader.update("reports", staleView.get(0).withCounters("110|5|0|0|5"))).as("overwrite").isNull();
        assertThat(oldLeader.remove("reports", "9201", staleView.get(0).version())).as("erase a changed order").isFalse();
        assertThat(oldLeader.update("reports", staleView.get(1).withCounters("110|5|0|0|5"))).as("resurrect").isNull();
        assertThat(oldLeader.remove("reports", "9202", staleView.get(1).version())).as("remove twice").isFalse();

        assertThat(newLeader.orders("reports")).containsExactly(changed, view.get(2),
                FollowedOrder.of("9204", OrderSource.SEND, FOLLOWED.plusSeconds(5)).withVersion(1));
        oldLeader.stop();
        newLeader.stop();
    }

    @Test
    void ofWritersRacingFromOneVersionExactlyOneWins() throws Exception {
        DataSource dataSource = TestDatabase.dataSource();
        String table = TestDatabase.freshTable("followed");
        JdbcFollowedOrderStore setUp = started(dataSource, table);
        FollowedOrder order = setUp.add("reports", FollowedOrder.of("9301", OrderSource.SEND, FOLLOWED));
        int writers = 8;
        CyclicBarrier together = new CyclicBarrier(writers);
        ExecutorService threads = Executors.newFixedThreadPool(writers);
        List<Future<FollowedOrder>> results = new ArrayList<>();
        try {
            for (int w = 0; w < writers; w++) {
                JdbcFollowedOrderStore store = started(dataSource, table);
                String counters = "111|8|" + w + "|0|0";
                Callable<FollowedOrder> write = () -> {
                    together.await();
                    return store.update("reports", order.withCounters(counters));
                };
                results.add(threads.submit(write));
            }
            List<FollowedOrder> winners = new ArrayList<>();
            for (Future<FollowedOrder> result : results) {
                if (result.get() != null) {
                    winners.add(result.get());
                }
            }
            assertThat(winners).hasSize(1);
            assertThat(setUp.orders("reports")).containsExactly(winners.get(0));
            assertThat(winners.get(0).version()).isEqualTo(2L);
        } finally {
            threads.shutdown();
        }
    }

    @Test
    void timestampsKeepTheirInstant() {
        JdbcFollowedOrderStore store = started(TestDatabase.dataSource(), TestDatabase.freshTable("followed"));
        // PostgreSQL keeps microseconds: what a store hands back is what it was given at that precision
        Instant followed = Instant.now().truncatedTo(ChronoUnit.MICROS);
        store.add("reports", FollowedOrder.of("9401", OrderSource.API, followed));
        assertThat(store.orders("reports").get(0).followedAt()).isEqualTo(followed);
        store.stop();
    }

    private static JdbcFollowedOrderStore started(DataSource dataSource, String table) {
        JdbcFollowedOrderStore store = new JdbcFollowedOrderStore(dataSource, table);
        store.start();
        return store;
    }
}
