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
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.sql.DataSource;

import io.github.cameliletimerkezi.report.OrderHandOver;
import io.github.cameliletimerkezi.report.OrderSource;
import org.apache.camel.RuntimeCamelException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The hand-over of orders between instances in a PostgreSQL table: one row per order waiting to be followed, inserted
 * by the instance that sent it ({@code ON CONFLICT DO NOTHING}, so concurrent writers never fail on each other) and
 * deleted by the report consumer that saved it among its followed orders. Created on start when absent:
 *
 * <pre>
 * CREATE TABLE IF NOT EXISTS iletimerkezi_orders (
 *     order_id   VARCHAR(64) PRIMARY KEY,
 *     source     VARCHAR(16) NOT NULL,
 *     created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now())
 * </pre>
 *
 * A database that cannot be reached at start does not fail the start (it would fail the whole CamelContext, on every
 * replica, while the report consumer is built to start and wait): a WARN says so, and the table is created by the
 * first call that reaches the database. Until then every call fails; a send's order then goes to the sending
 * instance's own report consumer (see {@code OrderFeed}) and a poll that cannot read the hand-over fails.
 */
public class JdbcOrderHandOver extends JdbcTableService implements OrderHandOver {

    /** The table used unless another is named. */
    public static final String DEFAULT_TABLE = "iletimerkezi_orders";

    private static final Logger LOG = LoggerFactory.getLogger(JdbcOrderHandOver.class);

    public JdbcOrderHandOver(DataSource dataSource) {
        this(dataSource, DEFAULT_TABLE);
    }

    public JdbcOrderHandOver(DataSource dataSource, String table) {
        super(dataSource, table);
    }

    @Override
    public String createTableStatement() {
        return "CREATE TABLE IF NOT EXISTS " + getTable() + " (order_id VARCHAR(64) PRIMARY KEY, source VARCHAR(16) NOT NULL,"
               + " created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now())";
    }

    @Override
    protected void doStart() throws Exception {
        try {
            ensureTable("could not be started");
        } catch (RuntimeCamelException e) {
            LOG.warn("{}; orders sent meanwhile are followed by the sending instance, and the table is created once the"
                     + " database answers", e.getMessage());
        }
    }

    @Override
    public void put(String orderId, OrderSource source) {
        ensureTable(MISSING_TABLE);
        String sql = "INSERT INTO " + getTable() + " (order_id, source) VALUES (?, ?) ON CONFLICT (order_id) DO NOTHING";
        transaction("could not record order " + orderId, connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setString(1, orderId);
                statement.setString(2, source.name());
                return statement.executeUpdate();
            }
        });
    }

    @Override
    public Map<String, OrderSource> waiting(int max) {
        ensureTable(MISSING_TABLE);
        String sql = "SELECT order_id, source FROM " + getTable() + " ORDER BY created_at, order_id LIMIT ?";
        return transaction("could not read the waiting orders", connection -> {
            Map<String, OrderSource> orders = new LinkedHashMap<>();
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setInt(1, max);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        orders.put(rows.getString(1), source(rows.getString(2)));
                    }
                }
            }
            return orders;
        });
    }

    @Override
    public void remove(Collection<String> orderIds) {
        if (orderIds.isEmpty()) {
            return;
        }
        ensureTable(MISSING_TABLE);
        String sql = "DELETE FROM " + getTable() + " WHERE order_id = ANY (?)";
        transaction("could not remove " + orderIds.size() + " handed-over orders", connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setArray(1, connection.createArrayOf("varchar", orderIds.toArray()));
                return statement.executeUpdate();
            }
        });
    }

    /** The source a row names; a row written by hand with another value is followed all the same. */
    static OrderSource source(String name) {
        try {
            return OrderSource.valueOf(name);
        } catch (IllegalArgumentException e) {
            return OrderSource.API;
        }
    }
}
