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
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.apache.camel.RuntimeCamelException;
import org.apache.camel.support.service.ServiceSupport;

/**
 * A service that keeps its data in one table of a {@link DataSource}: the table's name (checked before it goes into
 * SQL text, where a parameter cannot stand for it), whether start creates it, and failures that name the table.
 * <p>
 * Every call runs as one transaction that this class commits itself, whatever auto-commit setting the pool gives its
 * connections (Hibernate setups often hand them out with {@code autoCommit=false}, where statements that nobody
 * commits are rolled back when the connection goes back to the pool); the connection's setting is restored before it
 * is returned.
 */
public abstract class JdbcTableService extends ServiceSupport {

    /** The failure of a call that found the table neither created nor creatable. */
    protected static final String MISSING_TABLE = "could not create or find its table";

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}(\\.[A-Za-z_][A-Za-z0-9_]{0,62})?");

    /** Work on one connection, inside the transaction {@link #transaction} commits. */
    @FunctionalInterface
    protected interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private final DataSource dataSource;
    private final String table;
    private boolean createTable = true;
    private volatile boolean tableReady;

    protected JdbcTableService(DataSource dataSource, String table) {
        if (dataSource == null) {
            throw new IllegalArgumentException("dataSource is required");
        }
        if (table == null || !NAME.matcher(table).matches()) {
            throw new IllegalArgumentException("table '" + table
                                               + "' is not a table name: letters, digits and _ only, optionally schema.table");
        }
        this.dataSource = dataSource;
        this.table = table;
    }

    /** The DDL run on start (unless switched off), for those who create their tables themselves. */
    public abstract String createTableStatement();

    /** Whether start creates the table when it is absent; true by default. */
    public void setCreateTable(boolean createTable) {
        this.createTable = createTable;
    }

    public boolean isCreateTable() {
        return createTable;
    }

    public String getTable() {
        return table;
    }

    /**
     * Creates the table when it is absent (unless switched off), once per start. Replicas that start at the same
     * moment on a fresh database take a transaction-scoped advisory lock first: PostgreSQL's
     * {@code CREATE TABLE IF NOT EXISTS} is not safe against itself, two at once can fail with a duplicate key in
     * {@code pg_type}. Without table creation, checks that the table can be read.
     *
     * @param what what failed if it fails, for the message
     */
    protected void ensureTable(String what) {
        if (tableReady) {
            return;
        }
        transaction(what, connection -> {
            try (Statement statement = connection.createStatement()) {
                if (createTable) {
                    try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
                        lock.setLong(1, creationLock());
                        lock.execute();
                    }
                    statement.execute(createTableStatement());
                } else {
                    statement.executeQuery("SELECT * FROM " + table + " WHERE 1 = 0").close();
                }
            }
            return null;
        });
        tableReady = true;
    }

    /** Whether the table was created or found since start. */
    boolean isTableReady() {
        return tableReady;
    }

    /** The advisory lock key of this table's creation: the same in every JVM, distinct per table name. */
    private long creationLock() {
        return 0x696c6d0000000000L | (("iletimerkezi:" + table).hashCode() & 0xffffffffL);
    }

    /**
     * Runs work on a connection of the data source as one transaction: auto-commit is switched off for it, the work
     * committed (or rolled back when it fails) and the connection's own setting restored.
     */
    protected <T> T transaction(String what, Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            if (autoCommit) {
                connection.setAutoCommit(false);
            }
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                rollback(connection, e);
                throw e;
            } finally {
                if (autoCommit) {
                    connection.setAutoCommit(true);
                }
            }
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    private static void rollback(Connection connection, Exception cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    @Override
    protected void doStop() throws Exception {
        // the next start checks again: the table may have been dropped meanwhile
        tableReady = false;
    }

    /** The failure of a statement, naming this service and its table; never swallowed. */
    protected RuntimeCamelException failure(String what, SQLException e) {
        return new RuntimeCamelException(getClass().getSimpleName() + " (table " + table + ") " + what + ": "
                                         + e.getMessage(), e);
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + table + "]";
    }
}
