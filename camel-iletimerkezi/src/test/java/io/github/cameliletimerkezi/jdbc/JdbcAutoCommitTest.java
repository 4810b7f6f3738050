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

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import io.github.cameliletimerkezi.report.FollowedOrder;
import io.github.cameliletimerkezi.report.OrderSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The three JDBC classes on a pool that hands out connections with auto-commit off (a common Hibernate setting) and
 * on: table creation and every write are visible from another connection, and the pool's setting is as it was.
 */
class JdbcAutoCommitTest {

    @ParameterizedTest(name = "autoCommit={0}")
    @ValueSource(booleans = { false, true })
    void everyWriteAndTheTableCreationAreCommitted(boolean autoCommit) throws Exception {
        DataSource database = TestDatabase.dataSource();
        PooledConnection pool = new PooledConnection(database, autoCommit);
        try {
            String stateTable = TestDatabase.freshTable("state");
            JdbcStateRepository state = new JdbcStateRepository(pool, stateTable);
            state.start();
            state.setState("iletimerkezi.reports.orders", "9501=SEND");
            state.setState("iletimerkezi.reports.orders", "9501=SEND,9502=API");
            assertThat(pool.physical().getAutoCommit()).as("restored").isEqualTo(autoCommit);

            String handOverTable = TestDatabase.freshTable("orders");
            JdbcOrderHandOver handOver = new JdbcOrderHandOver(pool, handOverTable);
            handOver.start();
            handOver.put("9503", OrderSource.SEND);
            handOver.put("9504", OrderSource.API);
            handOver.remove(List.of("9503"));
            assertThat(pool.physical().getAutoCommit()).as("restored").isEqualTo(autoCommit);

            String storeTable = TestDatabase.freshTable("followed");
            JdbcFollowedOrderStore store = new JdbcFollowedOrderStore(pool, storeTable);
            store.start();
            FollowedOrder added = store.add("reports", FollowedOrder.of("9505", OrderSource.SEND, Instant.now()));
            store.update("reports", added.withCounters("111|1|1|0|0"));
            store.add("reports", FollowedOrder.of("9506", OrderSource.SEND, Instant.now()));
            store.remove("reports", "9506", 1);
            assertThat(pool.physical().getAutoCommit()).as("restored").isEqualTo(autoCommit);
            assertThat(pool.borrowed()).isGreaterThanOrEqualTo(10);

            // another connection of the database sees every table and every write
            assertThat(rows(database, "SELECT state_key || '=' || state_value FROM " + stateTable))
                    .containsExactly("iletimerkezi.reports.orders=9501=SEND,9502=API");
            assertThat(rows(database, "SELECT order_id || '/' || source FROM " + handOverTable)).containsExactly("9504/API");
            assertThat(rows(database, "SELECT order_id || '/' || counters || '/' || version FROM " + storeTable))
                    .containsExactly("9505/111|1|1|0|0/2");
        } finally {
            pool.close();
        }
    }

    private static List<String> rows(DataSource database, String sql) throws SQLException {
        try (Connection other = database.getConnection(); PreparedStatement statement = other.prepareStatement(sql);
             ResultSet rows = statement.executeQuery()) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        }
    }
}
