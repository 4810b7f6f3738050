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
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.github.cameliletimerkezi.sandbox.IletiMerkeziSandbox;
import org.postgresql.ds.PGSimpleDataSource;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * What the cluster tests share: a fresh database of their own, the sandbox, replica JVMs (ReportReplica) on one lock
 * directory whose output stays in target/ for reading after the run, and queries of the example's tables. Skips the
 * test when no PostgreSQL address is given.
 */
final class ClusterRun implements AutoCloseable {

    private final List<Process> replicas = new ArrayList<>();
    private final IletiMerkeziSandbox sandbox;
    private final Path locks;
    private final Path logs;
    final String databaseUrl;
    final PGSimpleDataSource db;

    /** @param deliveryDelay the sandbox's: each order's reports arrive spread over it */
    ClusterRun(Duration deliveryDelay, Path work, String logFolder) throws Exception {
        String url = System.getProperty("ILETIMERKEZI_TEST_JDBC_URL", System.getenv("ILETIMERKEZI_TEST_JDBC_URL"));
        assumeTrue(url != null && !url.isBlank(),
                "Skipped: no PostgreSQL address; set ILETIMERKEZI_TEST_JDBC_URL (.ci/postgres starts a private server)");
        this.sandbox = IletiMerkeziSandbox.builder().deliveryDelay(deliveryDelay).smsCredits(10_000).start();
        // a database of its own, so earlier runs leave nothing behind
        String database = "cluster_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        PGSimpleDataSource admin = new PGSimpleDataSource();
        admin.setURL(url);
        try (Connection connection = admin.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + database);
        }
        databaseUrl = url.replaceFirst("/[^/?]+(\\?|$)", "/" + database + "$1");
        db = new PGSimpleDataSource();
        db.setURL(databaseUrl);
        locks = Files.createDirectories(work.resolve("locks"));
        logs = Files.createDirectories(Path.of("target", logFolder));
    }

    /** Starts a replica JVM; numbers (two digits) keeps its recipients apart from the other replicas'. */
    Process replica(String name, String numbers) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                ReportReplica.class.getName());
        Map<String, String> env = builder.environment();
        env.put("REPLICA_NAME", name);
        env.put("REPLICA_NUMBERS", numbers);
        env.put("CLUSTER_JDBC_URL", databaseUrl);
        env.put("CLUSTER_LOCK_DIR", locks.toString());
        env.put("IM_ENDPOINT", sandbox.baseUrl());
        env.put("IM_PUBLIC_KEY", sandbox.settings().publicKey());
        env.put("IM_SECRET_KEY", sandbox.settings().secretKey());
        env.put("IM_SENDER", "SANDBOX");
        builder.redirectOutput(logs.resolve(name + ".out").toFile()).redirectError(logs.resolve(name + ".err").toFile());
        Process process = builder.start();
        replicas.add(process);
        return process;
    }

    /** What the replica printed so far. */
    String output(String name) throws IOException {
        Path out = logs.resolve(name + ".out");
        return Files.exists(out) ? Files.readString(out) : "";
    }

    long count(String sql) throws Exception {
        try (Connection connection = db.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    Timestamp timestamp(String sql) throws Exception {
        try (Connection connection = db.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getTimestamp(1);
        }
    }

    String text(String sql) throws Exception {
        try (Connection connection = db.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getString(1) : null;
        }
    }

    @Override
    public void close() {
        replicas.forEach(Process::destroyForcibly);
        sandbox.stop();
    }
}
