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
import java.sql.Statement;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.sql.DataSource;

import io.github.cameliletimerkezi.report.OrderHandOver;
import io.github.cameliletimerkezi.report.OrderSource;

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
 */
public class JdbcOrderHandOver extends JdbcTableService implements OrderHandOver {

    /** The table used unless another is named. */
    public static final String DEFAULT_TABLE = "iletimerkezi_orders";

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
        if (!isCreateTable()) {
            return;
        }
        try (Connection connection = connection(); Statement statement = connection.createStatement()) {
            statement.execute(createTableStatement());
        } catch (SQLException e) {
            throw failure("could not be started", e);
        }
    }

    @Override
    public void put(String orderId, OrderSource source) {
        String sql = "INSERT INTO " + getTable() + " (order_id, source) VALUES (?, ?) ON CONFLICT (order_id) DO NOTHING";
        try (Connection connection = connection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, orderId);
            statement.setString(2, source.name());
            statement.executeUpdate();
        } catch (SQLException e) {
            throw failure("could not record order " + orderId, e);
        }
    }

    @Override
    public Map<String, OrderSource> waiting(int max) {
        String sql = "SELECT order_id, source FROM " + getTable() + " ORDER BY created_at, order_id LIMIT ?";
        Map<String, OrderSource> orders = new LinkedHashMap<>();
        try (Connection connection = connection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setInt(1, max);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    orders.put(rows.getString(1), source(rows.getString(2)));
                }
            }
        } catch (SQLException e) {
            throw failure("could not read the waiting orders", e);
        }
        return orders;
    }

    @Override
    public void remove(Collection<String> orderIds) {
        if (orderIds.isEmpty()) {
            return;
        }
        String sql = "DELETE FROM " + getTable() + " WHERE order_id = ANY (?)";
        try (Connection connection = connection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setArray(1, connection.createArrayOf("varchar", orderIds.toArray()));
            statement.executeUpdate();
        } catch (SQLException e) {
            throw failure("could not remove " + orderIds.size() + " handed-over orders", e);
        }
    }

    private static OrderSource source(String name) {
        try {
            return OrderSource.valueOf(name);
        } catch (IllegalArgumentException e) {
            // a row written by hand: follow the order all the same
            return OrderSource.API;
        }
    }
}
