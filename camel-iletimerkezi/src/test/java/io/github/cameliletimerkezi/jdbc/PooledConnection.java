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

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

/**
 * A pool of one physical connection, handed out with a fixed auto-commit setting (as a pool configured with
 * {@code autoCommit=false} does) and, like a pool, rolling back what was not committed when the connection comes back.
 */
final class PooledConnection extends TestDataSource {

    private final Connection physical;
    private final AtomicInteger borrowed = new AtomicInteger();

    PooledConnection(DataSource database, boolean autoCommit) throws SQLException {
        physical = database.getConnection();
        physical.setAutoCommit(autoCommit);
    }

    /** The physical connection, as the next borrower gets it. */
    Connection physical() {
        return physical;
    }

    int borrowed() {
        return borrowed.get();
    }

    void close() throws SQLException {
        physical.close();
    }

    @Override
    public Connection getConnection() {
        borrowed.incrementAndGet();
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { Connection.class },
                (proxy, method, args) -> {
                    if (method.getName().equals("close")) {
                        // back to the pool: uncommitted work is dropped
                        if (!physical.getAutoCommit()) {
                            physical.rollback();
                        }
                        return null;
                    }
                    try {
                        return method.invoke(physical, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
