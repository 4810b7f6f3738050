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

import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.apache.camel.RuntimeCamelException;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The state repository against a real PostgreSQL: its table, its upsert, two instances sharing it, concurrent writers. */
class JdbcStateRepositoryTest {

    @Test
    void createsItsTableOnStartAndKeepsTheLastWriteOfAKey() throws Exception {
        DataSource dataSource = TestDatabase.dataSource();
        String table = TestDatabase.freshTable("state");
        JdbcStateRepository repository = new JdbcStateRepository(dataSource, table);
        repository.start();

        assertThat(primaryKeyColumns(dataSource, table)).containsExactly("state_key");
        assertThat(repository.getState("iletimerkezi.a.orders")).isNull();
        repository.setState("iletimerkezi.a.orders", "701=SEND");
        repository.setState("iletimerkezi.a.orders", "701=SEND,702=API");
        repository.setState("iletimerkezi.a.orders", "");
        repository.setState("iletimerkezi.b.orders", "703=OPTION=114|3|3|0|0");

        assertThat(repository.getState("iletimerkezi.a.orders")).isEmpty();
        assertThat(repository.getState("iletimerkezi.b.orders")).isEqualTo("703=OPTION=114|3|3|0|0");
        // a second start finds the table there and keeps its rows
        repository.stop();
        repository.start();
        assertThat(repository.getState("iletimerkezi.b.orders")).isEqualTo("703=OPTION=114|3|3|0|0");
        repository.stop();
    }

    @Test
    void twoInstancesShareOneStateAndConcurrentWritersLoseNothing() throws Exception {
        DataSource dataSource = TestDatabase.dataSource();
        String table = TestDatabase.freshTable("state");
        JdbcStateRepository first = new JdbcStateRepository(dataSource, table);
        JdbcStateRepository second = new JdbcStateRepository(dataSource, table);
        first.start();
        second.start();
        ExecutorService writers = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < 8; w++) {
                JdbcStateRepository repository = w % 2 == 0 ? first : second;
                String key = "key-" + w;
                done.add(writers.submit(() -> {
                    for (int i = 1; i <= 40; i++) {
                        repository.setState(key, Integer.toString(i));
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            writers.shutdown();
        }
        for (int w = 0; w < 8; w++) {
            assertThat(first.getState("key-" + w)).isEqualTo("40");
            assertThat(second.getState("key-" + w)).isEqualTo("40");
        }
        first.stop();
        second.stop();
    }

    @Test
    void aDatabaseThatCannotBeReachedFailsTheStartNamingTheTable() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        PGSimpleDataSource unreachable = new PGSimpleDataSource();
        unreachable.setURL("jdbc:postgresql://127.0.0.1:" + closedPort + "/postgres?user=postgres&connectTimeout=2");
        JdbcStateRepository repository = new JdbcStateRepository(unreachable, "iletimerkezi_state");

        assertThatThrownBy(repository::start).isInstanceOf(RuntimeCamelException.class)
                .hasMessageContaining("JdbcStateRepository (table iletimerkezi_state) could not be started");
    }

    @Test
    void aTableNameThatIsNotOneIsRefusedBeforeAnyStatement() {
        assertThatThrownBy(() -> new JdbcStateRepository(new PGSimpleDataSource(), "state; DROP TABLE x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("table 'state; DROP TABLE x' is not a table name");
    }

    private static List<String> primaryKeyColumns(DataSource dataSource, String table) throws Exception {
        List<String> columns = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             ResultSet keys = connection.getMetaData().getPrimaryKeys(null, null, table)) {
            while (keys.next()) {
                columns.add(keys.getString("COLUMN_NAME"));
            }
        }
        return columns;
    }
}
