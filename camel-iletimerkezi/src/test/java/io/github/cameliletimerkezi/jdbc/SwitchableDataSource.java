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

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.postgresql.ds.PGSimpleDataSource;

/**
 * A data source whose database is down until {@link #comeUp}: at first it connects to a loopback port where nothing
 * listens (every connection is refused, as when the database host is up and its server is not), then to the database
 * given.
 */
final class SwitchableDataSource extends TestDataSource {

    private volatile DataSource target = nothingListening();

    void comeUp(DataSource database) {
        target = database;
    }

    /** A PostgreSQL address on a loopback port that was free a moment ago: nothing listens there. */
    static PGSimpleDataSource nothingListening() {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        PGSimpleDataSource nowhere = new PGSimpleDataSource();
        nowhere.setURL("jdbc:postgresql://127.0.0.1:" + closedPort + "/postgres?user=postgres&connectTimeout=2");
        return nowhere;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return target.getConnection();
    }
}
