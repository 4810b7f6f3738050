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
import java.sql.SQLException;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.apache.camel.RuntimeCamelException;
import org.apache.camel.support.service.ServiceSupport;

/**
 * A service that keeps its data in one table of a {@link DataSource}: the table's name (checked before it goes into
 * SQL text, where a parameter cannot stand for it), whether start creates it, and failures that name the table.
 */
public abstract class JdbcTableService extends ServiceSupport {

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}(\\.[A-Za-z_][A-Za-z0-9_]{0,62})?");

    private final DataSource dataSource;
    private final String table;
    private boolean createTable = true;

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

    /** A connection of the data source; every call runs in its own auto-committed statements on one. */
    protected Connection connection() throws SQLException {
        return dataSource.getConnection();
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
