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

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.cameliletimerkezi.IletiMerkeziComponent;
import io.github.cameliletimerkezi.IletiMerkeziConstants;
import io.github.cameliletimerkezi.model.DeliveryUpdate;
import io.github.cameliletimerkezi.IletiMerkeziReportConsumer;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * How a report poll scales with the orders followed and the orders that changed: the sandbox in a JVM of its own
 * ({@link PollScaleSandbox}) holds every answer back by a latency, as a provider tens of milliseconds away would;
 * the report consumer follows orders sent to it, of which a few have two recipients. A first poll reads every order
 * once; then one poll is timed with nothing changed, the sandbox's clock moves until the first recipient of each
 * two-recipient order is final, and one poll is timed with those changed. Each poll's requests are counted at the
 * sandbox. Runs with the order list on and off, each against a fresh sandbox.
 */
public final class PollScale {

    /**
     * @param orders            orders followed
     * @param changed           of which change between the two timed polls
     * @param latencyMillis     the sandbox's latency
     * @param reportConcurrency the consumer's option
     */
    record Settings(int orders, int changed, long latencyMillis, int reportConcurrency, String jdbcUrl,
            boolean withoutOrderList) {

        static Settings full() {
            return new Settings(1000, 10, 50, 4, null, true);
        }

        /** Proves the measurement runs; the figures mean nothing. */
        static Settings smoke() {
            return new Settings(60, 5, 2, 4, null, true);
        }

        /**
         * The settings a command line names: {@code --orders N --changed N --latency ms --concurrency N} over the full
         * run's, {@code --jdbc URL} to keep the followed orders on PostgreSQL, {@code --order-list-only} to skip the
         * run without the order list (at 100,000 orders it makes 100,000 requests a poll).
         */
        static Settings of(List<String> args) {
            Settings base = args.contains("--smoke") ? smoke() : full();
            return new Settings(Integer.parseInt(option(args, "--orders", String.valueOf(base.orders()))),
                    Integer.parseInt(option(args, "--changed", String.valueOf(base.changed()))),
                    Long.parseLong(option(args, "--latency", String.valueOf(base.latencyMillis()))),
                    Integer.parseInt(option(args, "--concurrency", String.valueOf(base.reportConcurrency()))),
                    option(args, "--jdbc", null), !args.contains("--order-list-only"));
        }

        private static String option(List<String> args, String name, String otherwise) {
            int at = args.indexOf(name);
            return at >= 0 && at + 1 < args.size() ? args.get(at + 1) : otherwise;
        }
    }

    private static final int MIN_SEND_THREADS = 16;
    private static final String PUBLIC_KEY = "sandbox-public-key";
    private static final String SECRET_KEY = "sandbox-secret-key";

    private PollScale() {
    }

    /**
     * Runs this measurement alone and prints its part of the table:
     * {@code java -cp benchmarks.jar io.github.cameliletimerkezi.benchmarks.PollScale [--smoke]} and the options of
     * {@link Settings#of}.
     */
    public static void main(String[] args) throws Exception {
        List<PollScaleResult> polls = run(Settings.of(List.of(args)));
        System.out.println(new BenchmarkReport(Machine.current(), java.time.Instant.now(), java.time.Duration.ZERO,
                List.of(), null, polls, List.of(), Double.NaN).pollTable());
    }

    static List<PollScaleResult> run(Settings settings) throws Exception {
        List<PollScaleResult> results = new ArrayList<>();
        for (boolean orderList : settings.withoutOrderList() ? List.of(true, false) : List.of(true)) {
            System.out.println("Poll scale: " + settings.orders() + " followed orders, sandbox latency "
                               + settings.latencyMillis() + " ms, order list " + (orderList ? "on" : "off")
                               + (settings.jdbcUrl() == null ? "" : ", followed orders on PostgreSQL"));
            results.addAll(run(settings, orderList));
        }
        return results;
    }

    private static List<PollScaleResult> run(Settings settings, boolean orderList) throws Exception {
        AtomicInteger updates = new AtomicInteger();
        try (PollScaleSandboxProcess sandbox = PollScaleSandboxProcess.start(settings.latencyMillis());
             PollStorage storage = settings.jdbcUrl() == null ? null
                     : new PollStorage(settings.jdbcUrl(), sendThreads(settings));
             CamelContext context = new DefaultCamelContext()) {
            IletiMerkeziComponent component = new IletiMerkeziComponent();
            component.setEnvironment(name -> null);
            component.getConfiguration().setBaseUrl(sandbox.baseUrl());
            component.getConfiguration().setPublicKey(PUBLIC_KEY);
            component.getConfiguration().setSecretKey(SECRET_KEY);
            component.getConfiguration().setSender("SANDBOX");
            component.getConfiguration().setMaxConnections(sendThreads(settings));
            if (storage != null) {
                storage.configure(component.getConfiguration());
            }
            context.addComponent("iletimerkezi", component);
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("iletimerkezi:report?startScheduler=false&useOrderList=" + orderList + "&reportConcurrency="
                         + settings.reportConcurrency())
                            .routeId("polls")
                            .process(exchange -> {
                                if (exchange.getMessage().getBody() instanceof DeliveryUpdate) {
                                    updates.incrementAndGet();
                                }
                            });
                }
            });
            context.start();
            send(context.createProducerTemplate(), settings);
            IletiMerkeziReportConsumer consumer = (IletiMerkeziReportConsumer) context.getRoute("polls").getConsumer();
            // every order is stored and read once, so its counters and day are known
            consumer.run();
            int followed = consumer.getTrackedOrderIds().size();
            if (followed != settings.orders()) {
                throw new IllegalStateException("The consumer follows " + followed + " orders, not " + settings.orders());
            }

            List<PollScaleResult> results = new ArrayList<>();
            results.add(timedPoll(consumer, sandbox, storage, updates, settings, orderList, 0));
            sandbox.advanceMinutes(PollScaleSandbox.DELIVERY_DELAY.toMinutes() / 2);
            results.add(timedPoll(consumer, sandbox, storage, updates, settings, orderList, settings.changed()));
            return results;
        }
    }

    private static PollScaleResult timedPoll(IletiMerkeziReportConsumer consumer, PollScaleSandboxProcess sandbox,
            PollStorage storage, AtomicInteger updates, Settings settings, boolean orderList, int changed)
            throws Exception {
        updates.set(0);
        PollStorage.Writes writesBefore = storage == null ? null : storage.read();
        long requestsBefore = sandbox.requests();
        long sandboxCpuBefore = ProcessCpu.micros(sandbox.pid());
        long start = System.nanoTime();
        consumer.run();
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        long sandboxCpuMillis = (ProcessCpu.micros(sandbox.pid()) - sandboxCpuBefore) / 1000;
        long requests = sandbox.requests() - requestsBefore;
        long rows = -1;
        long wal = -1;
        if (storage != null) {
            PollStorage.Writes writesAfter = storage.read();
            rows = writesAfter.rows() - writesBefore.rows();
            wal = writesAfter.walBytes() - writesBefore.walBytes();
        }
        System.gc();
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        PollScaleResult result = new PollScaleResult(orderList, settings.latencyMillis(), settings.reportConcurrency(),
                settings.orders(), changed, requests, millis, updates.get(), sandboxCpuMillis, rows, wal, heap);
        System.out.println("  " + result);
        return result;
    }

    /** Senders enough to keep the sandbox's latency from making the sends the longest part of a large run. */
    private static int sendThreads(Settings settings) {
        return Math.max(MIN_SEND_THREADS, settings.reportConcurrency());
    }

    /** The orders to follow, sent through iletimerkezi:send (so the consumer follows them) by several threads. */
    private static void send(ProducerTemplate template, Settings settings) throws Exception {
        ExecutorService senders = Executors.newFixedThreadPool(sendThreads(settings));
        try {
            List<Future<?>> sends = new ArrayList<>();
            for (int i = 0; i < settings.orders(); i++) {
                String recipients = i < settings.changed() ? number(i, 0) + "," + number(i, 1) : number(i, 0);
                String text = "Sipariş " + i;
                sends.add(senders.submit(() -> template.requestBodyAndHeader("iletimerkezi:send", text,
                        IletiMerkeziConstants.RECIPIENTS, recipients)));
            }
            for (Future<?> send : sends) {
                send.get();
            }
        } finally {
            senders.shutdownNow();
        }
    }

    private static String number(int order, int recipient) {
        return "53" + String.format("%07d", order) + recipient;
    }
}
