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
package io.github.cameliletimerkezi.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

import io.github.cameliletimerkezi.IletiMerkeziConfiguration;
import io.github.cameliletimerkezi.jdbc.JdbcFollowedOrderStore;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * The report consumer's followed orders on PostgreSQL for the poll measurement (the orderStore option with
 * JdbcFollowedOrderStore), in a table no other run uses, and what a poll wrote there: rows inserted, updated and
 * deleted in that table, and the WAL the server wrote meanwhile (the whole server's, so run it on a server nothing
 * else writes to).
 */
final class PollStorage implements AutoCloseable {

    /** What was written between two readings. */
    record Writes(long rows, long walBytes) {
    }

    private final HikariDataSource dataSource;
    private final String table;
    /** The readings' own connections bypass the pool, so they never keep statistics of the consumer's back. */
    private final String jdbcUrl;

    /** @param connections the pool's size, as an application would give the consumer's readers */
    PollStorage(String jdbcUrl, int connections) {
        HikariConfig pool = new HikariConfig();
        pool.setJdbcUrl(jdbcUrl);
        pool.setMaximumPoolSize(connections);
        this.dataSource = new HikariDataSource(pool);
        this.jdbcUrl = jdbcUrl;
        String run = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        this.table = "poll_orders_" + run;
    }

    void configure(IletiMerkeziConfiguration configuration) {
        configuration.setOrderStore(new JdbcFollowedOrderStore(dataSource, table));
    }

    @Override
    public void close() {
        dataSource.close();
    }

    /**
     * Rows written to the table so far, and the server's WAL position. A session reports its statistics when it ends
     * (or, idle, after ten seconds): the pool's idle connections are closed first, and the count is read until it
     * stays the same for a second.
     */
    Writes read() throws SQLException, InterruptedException {
        dataSource.getHikariPoolMXBean().softEvictConnections();
        Writes last = readNow();
        while (true) {
            Thread.sleep(1000);
            Writes now = readNow();
            if (now.rows() == last.rows()) {
                return last;
            }
            last = now;
        }
    }

    private Writes readNow() throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl)) {
            long rows = 0;
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT coalesce(sum(n_tup_ins + n_tup_upd + n_tup_del), 0) FROM pg_stat_user_tables"
                    + " WHERE relname = ?")) {
                statement.setString(1, table);
                try (ResultSet result = statement.executeQuery()) {
                    result.next();
                    rows = result.getLong(1);
                }
            }
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT pg_wal_lsn_diff(pg_current_wal_insert_lsn(), '0/0')::bigint");
                 ResultSet result = statement.executeQuery()) {
                result.next();
                return new Writes(rows, result.getLong(1));
            }
        }
    }
}
