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

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import io.github.cameliletimerkezi.IletiMerkeziComponent;
import io.github.cameliletimerkezi.IletiMerkeziConstants;
import io.github.cameliletimerkezi.jdbc.JdbcFollowedOrderStore;
import io.github.cameliletimerkezi.jdbc.JdbcOrderHandOver;
import io.github.cameliletimerkezi.model.IletiMerkeziResponse;
import org.apache.camel.CamelContext;
import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.file.cluster.FileLockClusterService;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.impl.cluster.ClusteredRoutePolicy;
import org.apache.camel.processor.idempotent.jdbc.JdbcMessageIdRepository;
import org.apache.camel.spi.PollingConsumerPollStrategy;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * One replica of an application that sends SMS and follows their delivery reports. Run two (or more) with the same
 * settings: the file lock in CLUSTER_LOCK_DIR elects the one whose report route polls, PostgreSQL at CLUSTER_JDBC_URL
 * holds the followed orders (one row per order), the hand-over of sent orders and the emitted updates. The İleti
 * Merkezi settings come from the IM_* environment variables. A line "send N" on standard input sends one order to N
 * numbers; REPLICA_NUMBERS (two digits, 12 unless set) keeps the numbers of one replica apart from another's.
 */
public final class ReportReplica {

    private ReportReplica() {
    }

    public static void main(String[] args) throws Exception {
        String name = required("REPLICA_NAME");
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(required("CLUSTER_JDBC_URL"));
        ClusterSchema.create(dataSource);

        CamelContext context = new DefaultCamelContext();
        context.getCamelContextExtension().setName(name);
        FileLockClusterService cluster = new FileLockClusterService();
        cluster.setId(name);
        cluster.setRoot(required("CLUSTER_LOCK_DIR"));
        cluster.setAcquireLockDelay(200, TimeUnit.MILLISECONDS);
        cluster.setAcquireLockInterval(500, TimeUnit.MILLISECONDS);
        context.addService(cluster);

        IletiMerkeziComponent component = new IletiMerkeziComponent();
        component.setOrderHandOver(new JdbcOrderHandOver(dataSource));
        component.getConfiguration().setOrderStore(new JdbcFollowedOrderStore(dataSource));
        component.getConfiguration().setIdempotentRepository(new JdbcMessageIdRepository(dataSource, "iletimerkezi-updates"));
        context.addComponent("iletimerkezi", component);
        context.getRegistry().bind("pollLog", new PollLog(dataSource, name));

        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() throws Exception {
                // a fixed route id: the followed orders and update keys are stored under it
                from("iletimerkezi:report?delay=300&initialDelay=0&rowCount=10&pollStrategy=#pollLog")
                        .routeId("delivery-reports")
                        .routePolicy(ClusteredRoutePolicy.forNamespace("delivery-reports"))
                        .process(exchange -> record(dataSource, name, exchange));
            }
        });
        context.start();
        System.out.println("STARTED " + name);

        String numberPrefix = "530" + System.getenv().getOrDefault("REPLICA_NUMBERS", "12");
        try (ProducerTemplate template = context.createProducerTemplate();
             BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.startsWith("send ")) {
                    IletiMerkeziResponse sent = template.requestBodyAndHeader("iletimerkezi:send", "Kargonuz yolda",
                            IletiMerkeziConstants.RECIPIENTS, numbers(numberPrefix, Integer.parseInt(line.substring(5).trim())),
                            IletiMerkeziResponse.class);
                    System.out.println("SENT " + sent.getOrderId());
                }
            }
        }
        // standard input closed: stop like any service would
        context.stop();
    }

    /** The sink: every arrival logged, and the update stored once per key, whatever repeats. */
    private static void record(DataSource dataSource, String replica, Exchange exchange) throws Exception {
        String key = exchange.getMessage().getHeader(IletiMerkeziConstants.UPDATE_KEY, String.class);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement arrival = connection.prepareStatement(
                    "INSERT INTO delivery_arrivals (update_key, replica) VALUES (?, ?)");
                 PreparedStatement update = connection.prepareStatement(
                         "INSERT INTO delivery_updates (update_key, replica) VALUES (?, ?) ON CONFLICT (update_key) DO NOTHING")) {
                arrival.setString(1, key);
                arrival.setString(2, replica);
                arrival.executeUpdate();
                update.setString(1, key);
                update.setString(2, replica);
                update.executeUpdate();
            }
            connection.commit();
        }
    }

    private static List<String> numbers(String prefix, int count) {
        List<String> numbers = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            numbers.add(prefix + String.format("%05d", i));
        }
        return numbers;
    }

    private static String required(String variable) {
        String value = System.getenv(variable);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(variable + " is not set");
        }
        return value;
    }

    /** Records the start of every report poll, so one can see which replica polled when. */
    static final class PollLog implements PollingConsumerPollStrategy {

        private final DataSource dataSource;
        private final String replica;

        PollLog(DataSource dataSource, String replica) {
            this.dataSource = dataSource;
            this.replica = replica;
        }

        @Override
        public boolean begin(Consumer consumer, Endpoint endpoint) {
            try (Connection connection = dataSource.getConnection();
                 PreparedStatement insert = connection.prepareStatement("INSERT INTO report_polls (replica) VALUES (?)")) {
                insert.setString(1, replica);
                insert.executeUpdate();
            } catch (Exception e) {
                // the log is for watching; a poll goes on without it
                System.err.println("Poll not logged: " + e.getMessage());
            }
            return true;
        }

        @Override
        public void commit(Consumer consumer, Endpoint endpoint, int polledMessages) {
        }

        @Override
        public boolean rollback(Consumer consumer, Endpoint endpoint, int retryCounter, Exception cause) {
            return false;
        }
    }
}
