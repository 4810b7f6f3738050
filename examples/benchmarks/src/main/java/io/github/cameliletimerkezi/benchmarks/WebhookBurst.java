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

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.github.cameliletimerkezi.IletiMerkeziComponent;
import io.github.cameliletimerkezi.IletiMerkeziConstants;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.processor.idempotent.jdbc.JdbcMessageIdRepository;

/**
 * A campaign's delivery reports pushed at once: {@code pushes} webhook pushes (distinct messages: orders of 100
 * recipients), {@code concurrency} at a time, to {@code iletimerkezi:webhook} on the Vert.x platform-http server, then
 * the first 1,000 pushed again (the provider repeating itself). Run with the default in-memory record of emitted
 * updates (the baseline) and with camel-sql's JdbcMessageIdRepository on PostgreSQL, in one process, one after the
 * other; prints pushes per second of each, their ratio, and how many updates reached the route (each must once).
 * {@code java -cp benchmarks.jar io.github.cameliletimerkezi.benchmarks.WebhookBurst <jdbc-url> [pushes] [concurrency]}
 */
public final class WebhookBurst {

    private static final String SECRET = "Xk3v9QpL2mN8rT5wBurst";
    /** The address the burst is pushed to: the webhook's path, then its secret. */
    private static final String PATH = "/iletimerkezi/" + SECRET;
    private static final int REPEATS = 1000;

    /** One burst's outcome. */
    record Result(String repository, int pushes, long millis, int emitted, int distinct, int refused) {

        double pushesPerSecond() {
            return pushes * 1000.0 / millis;
        }
    }

    private WebhookBurst() {
    }

    public static void main(String[] args) throws Exception {
        int pushes = args.length > 1 ? Integer.parseInt(args[1]) : 50_000;
        List<Result> results = run(args[0], pushes, args.length > 2 ? Integer.parseInt(args[2]) : 32);
        for (Result result : results) {
            System.out.printf("%s: %,d pushes (+%,d repeated) in %.2f s, %,.0f pushes/s; updates emitted %,d, distinct"
                              + " %,d; pushes not answered 200: %d%n", result.repository(), result.pushes(), REPEATS,
                    result.millis() / 1000.0, result.pushesPerSecond(), result.emitted(), result.distinct(),
                    result.refused());
        }
        System.out.printf("PostgreSQL / memory: %.2f× the pushes per second%n",
                results.get(1).pushesPerSecond() / results.get(0).pushesPerSecond());
    }

    /** The baseline burst with the in-memory record, then the same with PostgreSQL's. */
    static List<Result> run(String jdbcUrl, int pushes, int concurrency) throws Exception {
        List<Result> results = new ArrayList<>();
        results.add(burst(null, pushes, concurrency));
        try (HikariDataSource pool = pool(jdbcUrl, concurrency)) {
            results.add(burst(pool, pushes, concurrency));
        }
        return results;
    }

    private static HikariDataSource pool(String jdbcUrl, int size) throws Exception {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setMaximumPoolSize(size);
        HikariDataSource pool = new HikariDataSource(config);
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            // camel-sql's default table has no key; this one keeps a message id once per processor
            statement.execute("CREATE TABLE IF NOT EXISTS camel_messageprocessed (processorName VARCHAR(255) NOT NULL,"
                              + " messageId VARCHAR(512) NOT NULL, createdAt TIMESTAMP,"
                              + " PRIMARY KEY (processorName, messageId))");
        }
        return pool;
    }

    /** One burst against a fresh context; {@code pool} null for the in-memory default. */
    private static Result burst(HikariDataSource pool, int pushes, int concurrency) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Set<String> keys = ConcurrentHashMap.newKeySet();
        AtomicInteger emitted = new AtomicInteger();
        String stream = "burst-" + UUID.randomUUID().toString().substring(0, 8);
        try (CamelContext context = new DefaultCamelContext()) {
            VertxPlatformHttpServerConfiguration server = new VertxPlatformHttpServerConfiguration();
            server.setBindPort(port);
            context.addService(new VertxPlatformHttpServer(server));
            IletiMerkeziComponent component = new IletiMerkeziComponent();
            component.setEnvironment(name -> null);
            if (pool != null) {
                component.getConfiguration().setIdempotentRepository(new JdbcMessageIdRepository(pool, stream));
            }
            context.addComponent("iletimerkezi", component);
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("iletimerkezi:webhook?streamName=" + stream + "&path=/iletimerkezi&webhookSecret=" + SECRET).routeId("burst")
                            .process(exchange -> {
                                emitted.incrementAndGet();
                                keys.add(exchange.getMessage().getHeader(IletiMerkeziConstants.UPDATE_KEY, String.class));
                            });
                }
            });
            context.start();
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            URI uri = URI.create("http://127.0.0.1:" + port + PATH);
            AtomicInteger refused = new AtomicInteger();
            long start = System.nanoTime();
            push(http, uri, 0, pushes, concurrency, refused);
            long millis = (System.nanoTime() - start) / 1_000_000;
            push(http, uri, 0, Math.min(REPEATS, pushes), concurrency, refused);
            return new Result(pool == null ? "memory" : "PostgreSQL (JdbcMessageIdRepository, HikariCP)", pushes, millis,
                    emitted.get(), keys.size(), refused.get());
        }
    }

    /** Pushes messages {@code from} to {@code to - 1}, at most {@code concurrency} at once; waits for every answer. */
    private static void push(HttpClient http, URI uri, int from, int to, int concurrency, AtomicInteger refused)
            throws Exception {
        Semaphore inFlight = new Semaphore(concurrency);
        List<CompletableFuture<?>> answers = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            String json = "{\"report\":{\"id\":" + (1_700_000_000L + i) + ",\"packet_id\":" + (900_000 + i / 100)
                          + ",\"status\":\"delivered\",\"to\":\"+90530" + String.format("%07d", i % 100)
                          + "\",\"body\":\"Kampanya\"}}";
            inFlight.acquire();
            answers.add(http.sendAsync(HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.discarding())
                    .whenComplete((response, failure) -> {
                        inFlight.release();
                        if (failure != null || response.statusCode() != 200) {
                            refused.incrementAndGet();
                        }
                    }));
        }
        CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)).join();
    }
}
