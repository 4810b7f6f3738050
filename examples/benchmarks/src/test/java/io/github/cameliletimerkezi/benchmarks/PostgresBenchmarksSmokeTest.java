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
package io.github.cameliletimerkezi.benchmarks;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The measurements that keep their data on PostgreSQL, run briefly: the report polls with the followed orders in
 * JdbcFollowedOrderStore, and the webhook burst with JdbcMessageIdRepository. It proves they run and count what they
 * claim (rows written per changed order, every push emitted once); the figures of so short a run mean nothing.
 * Needs ILETIMERKEZI_TEST_JDBC_URL (.ci/postgres).
 */
class PostgresBenchmarksSmokeTest {

    @Test
    void pollsOnTheJdbcStoreWriteOneRowPerChangedOrder() throws Exception {
        List<PollScaleResult> polls = PollScale.run(new PollScale.Settings(60, 5, 2, 8, url(), false));

        assertThat(polls).hasSize(2).allSatisfy(poll -> {
            assertThat(poll.complete()).as(poll.toString()).isTrue();
            assertThat(poll.onDatabase()).isTrue();
            assertThat(poll.rowsWritten()).as(poll.toString()).isEqualTo(poll.changed());
        });
        // the WAL is the server's: other sessions (autovacuum, other tests) may write during a poll, so only its
        // presence is checked
        assertThat(polls.get(1).walBytes()).isPositive();
    }

    @Test
    void everyPushOfABurstIsEmittedOnce() throws Exception {
        List<WebhookBurst.Result> bursts = WebhookBurst.run(url(), 300, 8);

        assertThat(bursts).hasSize(2).allSatisfy(burst -> {
            assertThat(burst.emitted()).as(burst.toString()).isEqualTo(300);
            assertThat(burst.distinct()).isEqualTo(300);
            assertThat(burst.refused()).isZero();
        });
    }

    private static String url() {
        String url = System.getProperty("ILETIMERKEZI_TEST_JDBC_URL", System.getenv("ILETIMERKEZI_TEST_JDBC_URL"));
        assumeTrue(url != null && !url.isBlank(),
                "Skipped: no PostgreSQL address; set ILETIMERKEZI_TEST_JDBC_URL (.ci/postgres starts a private server)");
        return url;
    }
}
