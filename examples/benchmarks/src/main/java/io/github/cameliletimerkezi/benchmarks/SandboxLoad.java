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

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.github.cameliletimerkezi.IletiMerkeziComponent;
import io.github.cameliletimerkezi.IletiMerkeziConstants;
import io.github.cameliletimerkezi.model.IletiMerkeziResponse;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * What the sandbox costs per request next to what the component costs per send: the sandbox runs as a child JVM
 * ({@link SandboxServer}) and {@code iletimerkezi:send} drives it through a {@link ProducerTemplate} from this JVM, every
 * send a new text (the sandbox refuses the same text to the same numbers within ten minutes, as the provider does).
 * After a warm-up, the CPU time both processes used ({@code /proc/<pid>/stat}) is divided by the sends answered.
 */
final class SandboxLoad {

    private static final String PUBLIC_KEY = "sandbox-public-key";
    private static final String SECRET_KEY = "sandbox-secret-key";
    private static final String SENDER = "APITEST";

    private SandboxLoad() {
    }

    /**
     * @param threads       the sending threads
     * @param warmupMillis  sends before measuring, so both JVMs have compiled their paths
     * @param measureMillis sends measured
     */
    static SandboxLoadResult run(int threads, int warmupMillis, int measureMillis) throws Exception {
        try (ServerProcess sandbox = ServerProcess.start(SandboxServer.class,
                List.of("-Xmx256m", "-XX:+UseSerialGC", "-XX:+ExitOnOutOfMemoryError"),
                List.of(String.valueOf(threads)), SandboxServer.LISTENING, "sandbox")) {
            String baseUrl = sandbox.address();
            try (CamelContext context = new DefaultCamelContext()) {
                IletiMerkeziComponent component = new IletiMerkeziComponent();
                component.setEnvironment(name -> null);
                component.getConfiguration().setBaseUrl(baseUrl);
                component.getConfiguration().setPublicKey(PUBLIC_KEY);
                component.getConfiguration().setSecretKey(SECRET_KEY);
                context.addComponent("iletimerkezi", component);
                context.start();
                Endpoint endpoint = context.getEndpoint("iletimerkezi:send?sender=" + SENDER);
                ProducerTemplate template = context.createProducerTemplate();
                AtomicLong texts = new AtomicLong();
                send(template, endpoint, texts, threads, warmupMillis);
                long selfBefore = ProcessCpu.selfMicros();
                long selfJitBefore = ProcessCpu.selfJitMicros();
                long sandboxBefore = ProcessCpu.micros(sandbox.pid());
                long sandboxJitBefore = ProcessCpu.jitMicros(sandbox.pid());
                long start = System.nanoTime();
                long sends = send(template, endpoint, texts, threads, measureMillis);
                double seconds = (System.nanoTime() - start) / 1e9;
                long selfMicros = ProcessCpu.selfMicros() - selfBefore;
                long selfJitMicros = ProcessCpu.selfJitMicros() - selfJitBefore;
                long sandboxMicros = ProcessCpu.micros(sandbox.pid()) - sandboxBefore;
                long sandboxJitMicros = ProcessCpu.jitMicros(sandbox.pid()) - sandboxJitBefore;
                return new SandboxLoadResult(threads, sends, sends / seconds, (double) selfMicros / sends,
                        (double) selfJitMicros / sends, (double) sandboxMicros / sends, (double) sandboxJitMicros / sends);
            }
        }
    }

    /** Sends from every thread until the time is up; a send the sandbox does not accept ends the run. */
    private static long send(ProducerTemplate template, Endpoint endpoint, AtomicLong texts, int threads, int millis)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        AtomicLong sent = new AtomicLong();
        List<Throwable> failures = new ArrayList<>();
        List<Thread> senders = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            Thread sender = new Thread(() -> {
                try {
                    while (System.nanoTime() < deadline) {
                        Object answer = template.requestBodyAndHeader(endpoint, SendFixture.TEXT + " " + texts.incrementAndGet(),
                                IletiMerkeziConstants.RECIPIENTS, SendFixture.NUMBER);
                        if (!(answer instanceof IletiMerkeziResponse response) || response.isError()) {
                            throw new IllegalStateException("The sandbox did not accept the send: " + answer);
                        }
                        sent.incrementAndGet();
                    }
                } catch (RuntimeException e) {
                    synchronized (failures) {
                        failures.add(e);
                    }
                }
            }, "sandbox-load-" + i);
            sender.start();
            senders.add(sender);
        }
        for (Thread sender : senders) {
            sender.join();
        }
        if (!failures.isEmpty()) {
            throw new IllegalStateException("The sandbox load failed", failures.get(0));
        }
        return sent.get();
    }
}
