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

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import io.github.cameliletimerkezi.report.FollowedOrder;
import io.github.cameliletimerkezi.report.FollowedOrderStore;
import org.apache.camel.RuntimeCamelException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The orders delivery-report streams follow, in a PostgreSQL table every replica shares: one row per (stream, order)
 * with a version. A followed order is inserted ({@code ON CONFLICT DO NOTHING}: the first writer wins, a second one
 * learns the order is followed already), updated and deleted only where its version is still the one the writer read,
 * so a leader that lost its lease in the middle of a poll cannot overwrite or erase what the new leader wrote; a
 * writer touches only the rows of the orders that changed. Created on start when absent:
 *
 * <pre>
 * CREATE TABLE IF NOT EXISTS iletimerkezi_followed_orders (
 *     stream      VARCHAR(255) NOT NULL,
 *     order_id    VARCHAR(64) NOT NULL,
 *     source      VARCHAR(16) NOT NULL,
 *     followed_at TIMESTAMP WITH TIME ZONE NOT NULL,
 *     not_before  TIMESTAMP WITH TIME ZONE,
 *     order_day   DATE,
 *     counters    TEXT,
 *     version     BIGINT NOT NULL,
 *     PRIMARY KEY (stream, order_id))
 * </pre>
 *
 * A database that cannot be reached at start does not fail the start: a WARN says so, every call fails until it
 * answers (the stream treats that as an account-wide failure: the poll fails, nothing is dropped), and the first call
 * that reaches it creates the table. Every call is one committed transaction whatever the pool's auto-commit setting.
 */
public class JdbcFollowedOrderStore extends JdbcTableService implements FollowedOrderStore {

    /** The table used unless another is named. */
    public static final String DEFAULT_TABLE = "iletimerkezi_followed_orders";

    private static final Logger LOG = LoggerFactory.getLogger(JdbcFollowedOrderStore.class);
    private static final String COLUMNS = "order_id, source, followed_at, not_before, order_day, counters, version";

    public JdbcFollowedOrderStore(DataSource dataSource) {
        this(dataSource, DEFAULT_TABLE);
    }

    public JdbcFollowedOrderStore(DataSource dataSource, String table) {
        super(dataSource, table);
    }

    @Override
    public String createTableStatement() {
        return "CREATE TABLE IF NOT EXISTS " + getTable() + " (stream VARCHAR(255) NOT NULL, order_id VARCHAR(64) NOT NULL,"
               + " source VARCHAR(16) NOT NULL, followed_at TIMESTAMP WITH TIME ZONE NOT NULL,"
               + " not_before TIMESTAMP WITH TIME ZONE, order_day DATE, counters TEXT, version BIGINT NOT NULL,"
               + " PRIMARY KEY (stream, order_id))";
    }

    @Override
    protected void doStart() throws Exception {
        try {
            ensureTable("could not be started");
        } catch (RuntimeCamelException e) {
            LOG.warn("{}; the table is created once the database answers", e.getMessage());
        }
    }

    @Override
    public List<FollowedOrder> orders(String stream) {
        ensureTable(MISSING_TABLE);
        String sql = "SELECT " + COLUMNS + " FROM " + getTable() + " WHERE stream = ? ORDER BY followed_at, order_id";
        return transaction("could not read the orders of stream " + stream, connection -> {
            List<FollowedOrder> orders = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setFetchSize(1000);
                statement.setString(1, stream);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        orders.add(read(rows));
                    }
                }
            }
            return orders;
        });
    }

    @Override
    public FollowedOrder add(String stream, FollowedOrder order) {
        ensureTable(MISSING_TABLE);
        String sql = "INSERT INTO " + getTable() + " (stream, " + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, 1)"
                     + " ON CONFLICT (stream, order_id) DO NOTHING";
        return transaction("could not add order " + order.orderId() + " to stream " + stream, connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setString(1, stream);
                statement.setString(2, order.orderId());
                statement.setString(3, order.source().name());
                statement.setObject(4, timestamp(order.followedAt()), Types.TIMESTAMP_WITH_TIMEZONE);
                setValues(statement, 5, order);
                return statement.executeUpdate() == 1 ? order.withVersion(1) : null;
            }
        });
    }

    @Override
    public FollowedOrder update(String stream, FollowedOrder changed) {
        ensureTable(MISSING_TABLE);
        String sql = "UPDATE " + getTable() + " SET not_before = ?, order_day = ?, counters = ?, version = version + 1"
                     + " WHERE stream = ? AND order_id = ? AND version = ?";
        return transaction("could not update order " + changed.orderId() + " of stream " + stream, connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                setValues(statement, 1, changed);
                statement.setString(4, stream);
                statement.setString(5, changed.orderId());
                statement.setLong(6, changed.version());
                return statement.executeUpdate() == 1 ? changed.withVersion(changed.version() + 1) : null;
            }
        });
    }

    @Override
    public boolean remove(String stream, String orderId, long version) {
        ensureTable(MISSING_TABLE);
        String sql = "DELETE FROM " + getTable() + " WHERE stream = ? AND order_id = ? AND version = ?";
        return transaction("could not remove order " + orderId + " from stream " + stream, connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setString(1, stream);
                statement.setString(2, orderId);
                statement.setLong(3, version);
                return statement.executeUpdate() == 1;
            }
        });
    }

    /** The columns a poll changes: not_before, order_day and counters, from the given parameter index on. */
    private static void setValues(PreparedStatement statement, int first, FollowedOrder order) throws SQLException {
        statement.setObject(first, timestamp(order.notBefore()), Types.TIMESTAMP_WITH_TIMEZONE);
        statement.setObject(first + 1, order.day(), Types.DATE);
        statement.setString(first + 2, order.counters());
    }

    private static FollowedOrder read(ResultSet rows) throws SQLException {
        OffsetDateTime notBefore = rows.getObject(4, OffsetDateTime.class);
        return new FollowedOrder(rows.getString(1), JdbcOrderHandOver.source(rows.getString(2)),
                rows.getObject(3, OffsetDateTime.class).toInstant(), notBefore == null ? null : notBefore.toInstant(),
                rows.getObject(5, LocalDate.class), rows.getString(6), rows.getLong(7));
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
