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
package io.github.cameliletimerkezi.examples.cluster;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

/**
 * The tables of the example besides those the component creates itself (JdbcFollowedOrderStore, JdbcOrderHandOver):
 * Camel's JdbcMessageIdRepository table, with the primary key its default DDL lacks, and the example's sink.
 */
public final class ClusterSchema {

    static final String[] STATEMENTS = {
        // camel-sql's default table has no key: two leaders (or a retried insert) could record an update twice
        "CREATE TABLE IF NOT EXISTS camel_messageprocessed (processorName VARCHAR(255) NOT NULL,"
        + " messageId VARCHAR(512) NOT NULL, createdAt TIMESTAMP, PRIMARY KEY (processorName, messageId))",
        // the sink: one row per update key, whatever repeats
        "CREATE TABLE IF NOT EXISTS delivery_updates (update_key VARCHAR(512) PRIMARY KEY, replica VARCHAR(64) NOT NULL,"
        + " received_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp())",
        // every exchange the routes received, repeats included, to show there are none
        "CREATE TABLE IF NOT EXISTS delivery_arrivals (update_key VARCHAR(512) NOT NULL, replica VARCHAR(64) NOT NULL,"
        + " received_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp())",
        // when each replica polled the provider
        "CREATE TABLE IF NOT EXISTS report_polls (replica VARCHAR(64) NOT NULL,"
        + " started_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp())"
    };

    /** The advisory lock key the replicas take turns on while they create the tables. */
    private static final long SCHEMA_LOCK = 0x636c757374657200L;

    private ClusterSchema() {
    }

    /**
     * Creates the tables that are absent. Replicas started at the same moment on a fresh database run this together:
     * an advisory lock held until commit makes them take turns, as PostgreSQL's CREATE TABLE IF NOT EXISTS can fail
     * when two create one table at once.
     */
    public static void create(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.execute("SELECT pg_advisory_xact_lock(" + SCHEMA_LOCK + ")");
            for (String sql : STATEMENTS) {
                statement.execute(sql);
            }
            connection.commit();
        }
    }
}
