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

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two replica JVMs on one lock directory and one PostgreSQL database: the standby sends a multi-page order, the leader
 * follows it, is killed with SIGKILL mid-stream, and the standby takes over. Every update reaches the sink once by
 * key, and the provider is polled by one replica at a time. Needs ILETIMERKEZI_TEST_JDBC_URL (.ci/postgres).
 */
class FailOverTest {

    private static final int RECIPIENTS = 40;
    /** Every recipient reaches one final status, then the order does. */
    private static final int EXPECTED_UPDATES = RECIPIENTS + 1;

    @TempDir
    Path work;
    private ClusterRun run;

    @AfterEach
    void stopAll() {
        if (run != null) {
            run.close();
        }
    }

    @Test
    void theStandbyTakesOverFromAKilledLeaderWithoutLosingOrRepeatingAnUpdate() throws Exception {
        run = new ClusterRun(Duration.ofSeconds(12), work, "failover");
        ClusterSchema.create(run.db);

        Process first = run.replica("first", "12");
        await().atMost(Duration.ofSeconds(60)).until(() -> run.count("SELECT count(*) FROM report_polls WHERE replica = 'first'") > 0);
        Process second = run.replica("second", "12");
        await().atMost(Duration.ofSeconds(60)).until(() -> run.output("second").contains("STARTED"));

        // the standby sends; the leader follows the order through the shared hand-over
        try (Writer stdin = new OutputStreamWriter(second.getOutputStream(), StandardCharsets.UTF_8)) {
            stdin.write("send " + RECIPIENTS + "\n");
            stdin.flush();
            await().atMost(Duration.ofSeconds(30)).until(() -> run.output("second").contains("SENT "));
            await().atMost(Duration.ofSeconds(60)).until(() -> run.count("SELECT count(*) FROM delivery_updates") >= 8);
            assertThat(run.count("SELECT count(*) FROM report_polls WHERE replica = 'second'"))
                    .as("the standby polled nothing while the leader lived").isZero();

            first.destroyForcibly().waitFor();
            Timestamp killedAt = run.timestamp("SELECT clock_timestamp()");
            long beforeKill = run.count("SELECT count(*) FROM delivery_updates");

            await().atMost(Duration.ofSeconds(90)).until(() -> run.count("SELECT count(*) FROM delivery_updates") >= EXPECTED_UPDATES);
            Timestamp takenOver = run.timestamp("SELECT min(started_at) FROM report_polls WHERE replica = 'second'");
            long received = run.count("SELECT count(*) FROM delivery_arrivals");
            long distinct = run.count("SELECT count(DISTINCT update_key) FROM delivery_arrivals");
            long stored = run.count("SELECT count(*) FROM delivery_updates");
            long byStandby = run.count("SELECT count(*) FROM delivery_updates WHERE replica = 'second'");
            long leaderPollsAfterKill = run.count("SELECT count(*) FROM report_polls WHERE replica = 'first' AND started_at > '"
                                                  + killedAt + "'");
            long failOverMillis = takenOver.getTime() - killedAt.getTime();
            System.out.printf("Fail-over: updates expected %d, received %d, distinct %d, stored %d (%d before the kill,"
                              + " %d by the new leader); fail-over time %d ms (SIGKILL to the new leader's first poll)%n",
                    EXPECTED_UPDATES, received, distinct, stored, beforeKill, byStandby, failOverMillis);

            assertThat(stored).isEqualTo(EXPECTED_UPDATES);
            assertThat(distinct).isEqualTo(EXPECTED_UPDATES);
            // the one window the docs name: the update the leader's route had handled when it died, before its
            // repository recorded it, comes again from the new leader; the sink's key keeps it once
            assertThat(received - distinct).as("updates that reached the route twice").isBetween(0L, 1L);
            assertThat(beforeKill).as("killed mid-stream").isLessThan(EXPECTED_UPDATES);
            assertThat(byStandby).as("the new leader emitted the rest").isEqualTo(EXPECTED_UPDATES - beforeKill);
            assertThat(takenOver).isAfter(killedAt);
            assertThat(leaderPollsAfterKill).isZero();
        }
    }
}
