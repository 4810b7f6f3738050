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

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Three replica JVMs started at the same moment on a fresh database, each sending an order; mid-stream the leader is
 * killed with SIGKILL, PostgreSQL is restarted, and the next leader is killed too. Every expected update is stored
 * once at the idempotent sink, and the route sees at most one repeat per kill. Needs ILETIMERKEZI_TEST_JDBC_URL and
 * ILETIMERKEZI_TEST_PG_DIR, the folder of the server .ci/postgres started (.ci/run sets both).
 */
class ThreeReplicaRunTest {

    private static final int RECIPIENTS = 30;
    private static final List<String> NAMES = List.of("alpha", "bravo", "charlie");
    /** Every recipient of the three orders reaches one final status, then each order does. */
    private static final int EXPECTED_UPDATES = NAMES.size() * (RECIPIENTS + 1);
    private static final String STORED = "SELECT count(*) FROM delivery_updates";

    @TempDir
    Path work;
    private ClusterRun run;
    private final List<Writer> inputs = new ArrayList<>();

    @AfterEach
    void stopAll() {
        if (run != null) {
            run.close();
        }
    }

    @Test
    void killsAndADatabaseRestartLoseNothingAndRepeatAtMostOncePerFault() throws Exception {
        String pgDir = System.getenv("ILETIMERKEZI_TEST_PG_DIR");
        assumeTrue(pgDir != null && !pgDir.isBlank(),
                "Skipped: ILETIMERKEZI_TEST_PG_DIR names no PostgreSQL folder to restart (.ci/run sets it)");
        // reports spread over 45 s per order: the stream outlasts two fail-overs and a restart
        run = new ClusterRun(Duration.ofSeconds(45), work, "three-replicas");

        // all three at once, on a database where no table exists yet
        Map<String, Process> replicas = new LinkedHashMap<>();
        for (int i = 0; i < NAMES.size(); i++) {
            replicas.put(NAMES.get(i), run.replica(NAMES.get(i), "2" + i));
        }
        await().atMost(Duration.ofSeconds(120)).until(() -> NAMES.stream().allMatch(name -> started(name, replicas)));

        // each replica sends an order; whichever leads follows all three through the shared hand-over
        for (String name : NAMES) {
            Writer stdin = new OutputStreamWriter(replicas.get(name).getOutputStream(), StandardCharsets.UTF_8);
            inputs.add(stdin);
            stdin.write("send " + RECIPIENTS + "\n");
            stdin.flush();
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> NAMES.stream().allMatch(name -> sent(name)));

        List<String> faults = new ArrayList<>();
        List<Long> storedAtFault = new ArrayList<>();
        List<Long> failOverMillis = new ArrayList<>();

        await().atMost(Duration.ofSeconds(90)).until(() -> run.count(STORED) >= EXPECTED_UPDATES / 4);
        failOverMillis.add(killLeader(replicas, faults, storedAtFault));

        await().atMost(Duration.ofSeconds(90)).until(() -> run.count(STORED) >= EXPECTED_UPDATES / 2);
        storedAtFault.add(run.count(STORED));
        Process restart = new ProcessBuilder(postgresScript().toString(), "restart", pgDir).inheritIO().start();
        assertThat(restart.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(restart.exitValue()).as("pg_ctl restart").isZero();
        faults.add("PostgreSQL restarted");

        await().atMost(Duration.ofSeconds(90)).ignoreExceptions()
                .until(() -> run.count(STORED) >= EXPECTED_UPDATES * 3 / 4);
        failOverMillis.add(killLeader(replicas, faults, storedAtFault));

        await().atMost(Duration.ofSeconds(120)).until(() -> run.count(STORED) >= EXPECTED_UPDATES);
        // a repeat would come within a few polls of the last update: wait until two counts 3 s apart agree
        long[] last = { -1 };
        await().pollDelay(Duration.ofSeconds(3)).pollInterval(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(30))
                .until(() -> {
                    long now = arrivals();
                    boolean settled = now == last[0];
                    last[0] = now;
                    return settled;
                });

        // every order final: the last leader deleted its row of the order store, and no order waits in the hand-over
        await().atMost(Duration.ofSeconds(30)).until(() -> run.count("SELECT count(*) FROM iletimerkezi_followed_orders")
                                                            + run.count("SELECT count(*) FROM iletimerkezi_orders") == 0);
        long received = run.count("SELECT count(*) FROM delivery_arrivals");
        long distinct = run.count("SELECT count(DISTINCT update_key) FROM delivery_arrivals");
        long stored = run.count(STORED);
        String byReplica = run.text("SELECT string_agg(replica || '=' || n, ', ' ORDER BY replica) FROM"
                                    + " (SELECT replica, count(*) n FROM delivery_updates GROUP BY replica) r");
        System.out.printf("Three replicas: updates expected %d, received %d, distinct %d, stored %d (by replica: %s);"
                          + " faults %s at %s stored updates; fail-over times %s ms (SIGKILL to the next leader's first"
                          + " poll)%n", EXPECTED_UPDATES, received, distinct, stored, byReplica, faults, storedAtFault,
                failOverMillis);

        assertThat(stored).as("every expected update stored once").isEqualTo(EXPECTED_UPDATES);
        assertThat(distinct).isEqualTo(EXPECTED_UPDATES);
        // the window the docs name: an update the route had handled when its leader died and the repository had not
        // recorded comes again; the sink's key keeps it once. A database restart does not open it: the route writes its
        // arrival to the same database, so while it is away the route fails and nothing counts as received
        long kills = faults.stream().filter(fault -> fault.endsWith("killed")).count();
        assertThat(received - distinct).as("updates that reached the route twice").isBetween(0L, kills);
        assertThat(storedAtFault).as("every fault fell mid-stream").allMatch(count -> count < EXPECTED_UPDATES);
    }

    private boolean started(String name, Map<String, Process> replicas) {
        try {
            assertThat(replicas.get(name).isAlive()).as(name + " is running; see target/three-replicas").isTrue();
            return run.output(name).contains("STARTED");
        } catch (IOException e) {
            return false;
        }
    }

    private boolean sent(String name) {
        try {
            return run.output(name).contains("SENT ");
        } catch (IOException e) {
            return false;
        }
    }

    private long arrivals() throws Exception {
        return run.count("SELECT count(*) FROM delivery_arrivals");
    }

    /** Kills the replica that polls now, and waits for another to poll; returns the time that took. */
    private long killLeader(Map<String, Process> replicas, List<String> faults, List<Long> storedAtFault) throws Exception {
        String leader = run.text("SELECT replica FROM report_polls ORDER BY started_at DESC LIMIT 1");
        assertThat(replicas).containsKey(leader);
        storedAtFault.add(run.count(STORED));
        replicas.remove(leader).destroyForcibly().waitFor();
        Timestamp killedAt = run.timestamp("SELECT clock_timestamp()");
        faults.add(leader + " killed");
        await().atMost(Duration.ofSeconds(60)).until(() -> run.count("SELECT count(*) FROM report_polls WHERE replica <> '"
                                                                     + leader + "' AND started_at > '" + killedAt + "'") > 0);
        Timestamp takenOver = run.timestamp("SELECT min(started_at) FROM report_polls WHERE replica <> '" + leader
                                            + "' AND started_at > '" + killedAt + "'");
        assertThat(run.count("SELECT count(*) FROM report_polls WHERE replica = '" + leader + "' AND started_at > '"
                             + killedAt + "'")).as("the killed leader polled no more").isZero();
        return takenOver.getTime() - killedAt.getTime();
    }

    /** .ci/postgres of the checkout this module belongs to. */
    private static Path postgresScript() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path script = dir.resolve(".ci/postgres");
            if (Files.isExecutable(script)) {
                return script;
            }
        }
        throw new IllegalStateException(".ci/postgres not found above " + Path.of("").toAbsolutePath());
    }
}
