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

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Replicas that start at the same moment on a fresh database: every instance of the three JDBC classes creates or
 * finds its table at start. PostgreSQL's CREATE TABLE IF NOT EXISTS alone fails some of them with a duplicate key in
 * pg_type when several run at once.
 */
class JdbcConcurrentStartTest {

    private static final int REPLICAS = 12;
    private static final int ROUNDS = 4;

    @Test
    void everyReplicaStartedAtOnceOnAFreshDatabaseCreatesOrFindsItsTables() throws Exception {
        DataSource database = TestDatabase.dataSource();
        ExecutorService threads = Executors.newFixedThreadPool(REPLICAS * 3);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                String state = TestDatabase.freshTable("state");
                String orders = TestDatabase.freshTable("orders");
                String followed = TestDatabase.freshTable("followed");
                List<JdbcTableService> services = new ArrayList<>();
                for (int r = 0; r < REPLICAS; r++) {
                    services.add(new JdbcStateRepository(database, state));
                    services.add(new JdbcOrderHandOver(database, orders));
                    services.add(new JdbcFollowedOrderStore(database, followed));
                }
                CyclicBarrier together = new CyclicBarrier(services.size());
                List<Future<?>> starts = new ArrayList<>();
                for (JdbcTableService service : services) {
                    starts.add(threads.submit(() -> {
                        together.await();
                        service.start();
                        return null;
                    }));
                }
                for (Future<?> start : starts) {
                    start.get(60, TimeUnit.SECONDS);
                }
                assertThat(services).allSatisfy(service -> {
                    assertThat(service.isStarted()).as(service + " started").isTrue();
                    assertThat(service.isTableReady()).as(service + " created or found its table at start").isTrue();
                });
                services.forEach(JdbcTableService::stop);
            }
        } finally {
            threads.shutdown();
        }
    }
}
