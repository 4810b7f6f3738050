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

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import io.github.cameliletimerkezi.IletiMerkeziComponent;
import io.github.cameliletimerkezi.model.DeliveryUpdate;
import io.github.cameliletimerkezi.model.OrderUpdate;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.ScheduledPollConsumer;

/**
 * The report consumer following one {@link LargeOrder} to its end: {@code from("iletimerkezi:report")} reads its 50
 * pages and emits one exchange per recipient, then one for the order. Runs in a JVM of its own, started with a small
 * heap by {@link ReportWalkProcess}; it prints one {@link ReportWalkResult} line and exits with 0 only when every
 * update arrived.
 */
public final class ReportWalk {

    private static final long TIMEOUT_SECONDS = 300;

    private ReportWalk() {
    }

    /** @param args the fixed-answer server's API root */
    public static void main(String[] args) throws Exception {
        String baseUrl = args[0];
        IletiMerkeziComponent component = new IletiMerkeziComponent();
        component.setEnvironment(name -> null);
        component.getConfiguration().setBaseUrl(baseUrl);
        component.getConfiguration().setPublicKey(SendFixture.PUBLIC_KEY);
        component.getConfiguration().setApiHash(SendFixture.API_HASH);

        AtomicInteger delivered = new AtomicInteger();
        AtomicInteger undelivered = new AtomicInteger();
        AtomicReference<OrderUpdate> finalUpdate = new AtomicReference<>();
        CountDownLatch finished = new CountDownLatch(1);
        try (CamelContext context = new DefaultCamelContext()) {
            context.addComponent("iletimerkezi", component);
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("iletimerkezi:report?orderId=" + LargeOrder.ID + "&rowCount=" + LargeOrder.PAGE_SIZE
                         + "&startScheduler=false&initialDelay=0&delay=1000")
                            .routeId("walk")
                            .process(exchange -> {
                                Object update = exchange.getMessage().getBody();
                                if (update instanceof DeliveryUpdate recipient) {
                                    (recipient.statusCode() == 111 ? delivered : undelivered).incrementAndGet();
                                } else if (update instanceof OrderUpdate order) {
                                    finalUpdate.set(order);
                                    finished.countDown();
                                }
                            });
                }
            });
            context.start();
            System.gc();
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            long gcCountBefore = gcCount();
            long gcMillisBefore = gcMillis();
            long cpuBefore = ProcessCpu.selfMicros();
            long start = System.nanoTime();

            ((ScheduledPollConsumer) context.getRoute("walk").getConsumer()).startScheduler();
            boolean done = finished.await(TIMEOUT_SECONDS, TimeUnit.SECONDS);

            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            ReportWalkResult result = new ReportWalkResult(delivered.get(), undelivered.get(),
                    finalUpdate.get() == null ? 0 : finalUpdate.get().statusCode(), millis,
                    (ProcessCpu.selfMicros() - cpuBefore) / 1000, heapPeakBytes(),
                    Runtime.getRuntime().maxMemory(), gcCount() - gcCountBefore, gcMillis() - gcMillisBefore);
            System.out.println(result.toLine());
            System.out.flush();
            if (!done) {
                System.exit(2);
            }
        }
    }

    /** The sum of the heap pools' peaks since the walk started: an upper bound of what the walk held at once. */
    private static long heapPeakBytes() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed())
                .sum();
    }

    private static long gcCount() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
    }
}
