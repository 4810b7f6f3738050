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

import javax.sql.DataSource;

import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.StateRepository;

/**
 * A Camel {@link StateRepository} in a PostgreSQL table, so several instances of an application share one state: one
 * row per key, written with an upsert, so concurrent writers of different keys never block each other and the last
 * write of a key wins. The table is created on start when it is absent:
 *
 * <pre>
 * CREATE TABLE IF NOT EXISTS iletimerkezi_state (
 *     state_key   VARCHAR(512) PRIMARY KEY,
 *     state_value TEXT NOT NULL,
 *     updated_at  TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now())
 * </pre>
 *
 * Every call runs in its own committed transaction on a connection of the {@link DataSource} (use a pooled one),
 * whatever the pool's auto-commit setting; a failure is thrown as a {@link RuntimeCamelException} naming the table,
 * never swallowed.
 */
public class JdbcStateRepository extends JdbcTableService implements StateRepository<String, String> {

    /** The table used unless another is named. */
    public static final String DEFAULT_TABLE = "iletimerkezi_state";

    public JdbcStateRepository(DataSource dataSource) {
        this(dataSource, DEFAULT_TABLE);
    }

    public JdbcStateRepository(DataSource dataSource, String table) {
        super(dataSource, table);
    }

    @Override
    public String createTableStatement() {
        return "CREATE TABLE IF NOT EXISTS " + getTable() + " (state_key VARCHAR(512) PRIMARY KEY, state_value TEXT NOT NULL,"
               + " updated_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now())";
    }

    @Override
    protected void doStart() throws Exception {
        // fails the start when the database cannot be reached, so a consumer never runs on state it cannot keep
        ensureTable("could not be started");
    }

    @Override
    public void setState(String key, String value) {
        String sql = "INSERT INTO " + getTable() + " (state_key, state_value, updated_at) VALUES (?, ?, now())"
                     + " ON CONFLICT (state_key) DO UPDATE SET state_value = EXCLUDED.state_value, updated_at = now()";
        transaction("could not write key " + key, connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setString(1, key);
                statement.setString(2, value);
                return statement.executeUpdate();
            }
        });
    }

    @Override
    public String getState(String key) {
        String sql = "SELECT state_value FROM " + getTable() + " WHERE state_key = ?";
        return transaction("could not read key " + key, connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setString(1, key);
                try (ResultSet rows = statement.executeQuery()) {
                    return rows.next() ? rows.getString(1) : null;
                }
            }
        });
    }
}
