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

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Everything one run measured, and its table: every path at every thread count with its ratios to the raw baseline
 * of the same thread count, then the report walk, then the report polls, then the sandbox's CPU per request.
 */
record BenchmarkReport(Machine machine, Instant started, Duration took, List<SendResult> sends, ReportWalkResult walk,
        List<PollScaleResult> polls, List<SandboxLoadResult> sandbox, double meterNanosPerSend) {

    private static final String[][] PATHS = {
            { SendResult.RAW, "raw HttpClient 5" },
            { SendResult.CLIENT, "plain client" },
            { SendResult.TEMPLATE, "iletimerkezi:send (ProducerTemplate)" },
            { SendResult.TEMPLATE_METERS, "iletimerkezi:send with meters (ProducerTemplate, MeterRegistry)" } };

    Optional<SendResult> find(String path, int threads) {
        return sends.stream().filter(r -> r.path().equals(path) && r.threads() == threads).findFirst();
    }

    String table() {
        StringBuilder out = new StringBuilder();
        out.append("Run of ").append(started).append(" (").append(took.toSeconds()).append(" s) on ").append(machine).append("\n\n");
        out.append("| path | threads | sends/s | vs raw | p50 µs | p99 µs | CPU µs/send (this JVM) | vs raw "
                   + "| of which JIT | CPU µs/send (server) | alloc B/send | vs raw |\n");
        out.append("|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|\n");
        List<Integer> threadCounts = sends.stream().map(SendResult::threads).distinct().sorted().toList();
        for (int threads : threadCounts) {
            SendResult raw = find(SendResult.RAW, threads).orElse(null);
            for (String[] path : PATHS) {
                Optional<SendResult> found = find(path[0], threads);
                if (found.isEmpty()) {
                    continue;
                }
                SendResult r = found.get();
                out.append("| ").append(path[1]).append(" | ").append(threads)
                        .append(" | ").append(format("%,.0f", r.sendsPerSecond()))
                        .append(" | ").append(ratio(r.sendsPerSecond(), raw == null ? 0 : raw.sendsPerSecond()))
                        .append(" | ").append(format("%,.0f", r.p50Micros()))
                        .append(" | ").append(format("%,.0f", r.p99Micros()))
                        .append(" | ").append(format("%,.1f", r.clientCpuMicros()))
                        .append(" | ").append(ratio(r.clientCpuMicros(), raw == null ? 0 : raw.clientCpuMicros()))
                        .append(" | ").append(format("%,.1f", r.jitCpuMicros()))
                        .append(" | ").append(format("%,.1f", r.serverCpuMicros()))
                        .append(" | ").append(format("%,.0f", r.allocatedBytes()))
                        .append(" | ").append(ratio(r.allocatedBytes(), raw == null ? 0 : raw.allocatedBytes()))
                        .append(" |\n");
            }
        }
        out.append("\nTargets for iletimerkezi:send (ProducerTemplate) against raw HttpClient 5 in this run:\n");
        for (int threads : threadCounts) {
            Optional<SendResult> raw = find(SendResult.RAW, threads);
            Optional<SendResult> template = find(SendResult.TEMPLATE, threads);
            if (raw.isEmpty() || template.isEmpty()) {
                continue;
            }
            out.append("- ").append(threads).append(threads == 1 ? " thread" : " threads").append(": throughput ")
                    .append(ratio(template.get().sendsPerSecond(), raw.get().sendsPerSecond())).append(" (target ≥ 0.90×), allocation ")
                    .append(ratio(template.get().allocatedBytes(), raw.get().allocatedBytes())).append(" (target ≤ 2×), CPU ")
                    .append(ratio(template.get().clientCpuMicros(), raw.get().clientCpuMicros())).append(" (target ≤ 1.3×; ")
                    .append(ratio(template.get().clientCpuMicros() - template.get().jitCpuMicros(),
                            raw.get().clientCpuMicros() - raw.get().jitCpuMicros()))
                    .append(" without the JIT compilers' share)\n");
        }
        out.append(metersLines(threadCounts));
        if (walk != null) {
            out.append("\nReport walk, -Xmx").append(ReportWalkProcess.HEAP).append(": report consumer over one order of ")
                    .append(format("%,d", LargeOrder.RECIPIENTS)).append(" recipients in ")
                    .append(LargeOrder.RECIPIENTS / LargeOrder.PAGE_SIZE).append(" pages of ")
                    .append(format("%,d", LargeOrder.PAGE_SIZE)).append(" rows: ")
                    .append(walk.complete() ? "complete" : "INCOMPLETE").append(", ")
                    .append(format("%,d", walk.recipientUpdates())).append(" recipient updates + order ").append(walk.orderStatus())
                    .append(" in ").append(format("%,.1f", walk.millis() / 1000.0)).append(" s (")
                    .append(format("%,.0f", walk.recipientsPerSecond())).append(" recipients/s), CPU ")
                    .append(format("%,.1f", walk.cpuMillis() / 1000.0)).append(" s, heap peak ")
                    .append(format("%,.1f", walk.heapPeakBytes() / 1048576.0)).append(" MB of ")
                    .append(format("%,.0f", walk.heapMaxBytes() / 1048576.0)).append(" MB, ")
                    .append(walk.gcCount()).append(" GCs (").append(walk.gcMillis()).append(" ms)\n");
        }
        out.append(pollTable());
        out.append(sandboxTable());
        return out.toString();
    }

    /** The sandbox load's part of the table; empty when it did not run. */
    String sandboxTable() {
        StringBuilder out = new StringBuilder();
        if (sandbox != null && !sandbox.isEmpty()) {
            out.append("\nSandbox CPU per request against the component's CPU per send (iletimerkezi-sandbox in a JVM of its own, ")
                    .append("driven by iletimerkezi:send from this one; target: sandbox ≤ component):\n\n");
            out.append("| threads | sends/s | CPU µs/send (component JVM) | of which JIT | CPU µs/request (sandbox) | of which JIT "
                       + "| sandbox / component | without the JIT compilers' share |\n");
            out.append("|--:|--:|--:|--:|--:|--:|--:|--:|\n");
            for (SandboxLoadResult load : sandbox) {
                out.append("| ").append(load.threads())
                        .append(" | ").append(format("%,.0f", load.sendsPerSecond()))
                        .append(" | ").append(format("%,.1f", load.componentCpuMicros()))
                        .append(" | ").append(format("%,.1f", load.componentJitMicros()))
                        .append(" | ").append(format("%,.1f", load.sandboxCpuMicros()))
                        .append(" | ").append(format("%,.1f", load.sandboxJitMicros()))
                        .append(" | ").append(ratio(load.sandboxCpuMicros(), load.componentCpuMicros()))
                        .append(" | ").append(ratio(load.sandboxCpuMicros() - load.sandboxJitMicros(),
                                load.componentCpuMicros() - load.componentJitMicros()))
                        .append(" |\n");
            }
        }
        return out.toString();
    }

    /** The report polls' part of the table; empty when none ran. */
    String pollTable() {
        StringBuilder out = new StringBuilder();
        if (polls != null && !polls.isEmpty()) {
            PollScaleResult first = polls.get(0);
            boolean database = first.onDatabase();
            out.append("\nReport polls of ").append(format("%,d", first.followed()))
                    .append(" followed orders against the sandbox in its own JVM, every answer held back ")
                    .append(first.latencyMillis()).append(" ms, reportConcurrency ").append(first.reportConcurrency())
                    .append(database ? ", followed orders on PostgreSQL" : "")
                    .append("; one timed poll each (targets with the order list at 1,000 orders: 10 changed ≤ 60"
                            + " requests and < 3 s; nothing changed ≤ 40 requests):\n");
            out.append("| order list | changed orders | requests | seconds | updates emitted | sandbox CPU s | heap MB |")
                    .append(database ? " rows written | WAL kB |" : "")
                    .append("\n|---|--:|--:|--:|--:|--:|--:|").append(database ? "--:|--:|" : "").append("\n");
            for (PollScaleResult poll : polls) {
                out.append("| ").append(poll.orderList() ? "on" : "off")
                        .append(" | ").append(poll.changed() == 0 ? "none" : format("%,d", poll.changed()))
                        .append(" | ").append(format("%,d", poll.requests()))
                        .append(" | ").append(format("%,.2f", poll.millis() / 1000.0))
                        .append(" | ").append(poll.updates()).append(poll.complete() ? "" : " (INCOMPLETE)")
                        .append(" | ").append(format("%,.2f", poll.sandboxCpuMillis() / 1000.0))
                        .append(" | ").append(poll.heapBytes() / (1024 * 1024));
                if (database) {
                    out.append(" | ").append(format("%,d", poll.rowsWritten()))
                            .append(" | ").append(format("%,d", poll.walBytes() / 1024));
                }
                out.append(" |\n");
            }
        }
        return out.toString();
    }

    /** What the meters cost a send: the metered path against the same path without a registry, run right after it. */
    private String metersLines(List<Integer> threadCounts) {
        StringBuilder out = new StringBuilder("\nMeters: iletimerkezi:send with a MeterRegistry against without, in this run:\n");
        for (int threads : threadCounts) {
            Optional<SendResult> plain = find(SendResult.TEMPLATE, threads);
            Optional<SendResult> metered = find(SendResult.TEMPLATE_METERS, threads);
            if (plain.isEmpty() || metered.isEmpty()) {
                continue;
            }
            out.append("- ").append(threads).append(threads == 1 ? " thread" : " threads").append(": throughput ")
                    .append(ratio(metered.get().sendsPerSecond(), plain.get().sendsPerSecond())).append(" (target ≥ 0.95×), CPU ")
                    .append(ratio(metered.get().clientCpuMicros(), plain.get().clientCpuMicros())).append(", allocation ")
                    .append(ratio(metered.get().allocatedBytes(), plain.get().allocatedBytes())).append(" (")
                    .append(format("%,.0f", metered.get().allocatedBytes() - plain.get().allocatedBytes()))
                    .append(" B/send more)\n");
        }
        Optional<SendResult> oneThread = find(SendResult.TEMPLATE, 1);
        if (!Double.isNaN(meterNanosPerSend) && oneThread.isPresent()) {
            double sendNanos = 1e9 / oneThread.get().sendsPerSecond();
            out.append("- the meters' own work on a send (MetersBenchmark, ComponentMetrics.sendAnswered, 1 thread): ")
                    .append(format("%,.0f ns", meterNanosPerSend)).append(", ")
                    .append(format("%.3f %%", 100 * meterNanosPerSend / sendNanos))
                    .append(" of a 1-thread send's ").append(format("%,.0f µs", sendNanos / 1e3))
                    .append(" (target ≤ 5 %)\n");
        }
        return out.toString();
    }

    private static String ratio(double value, double raw) {
        return raw <= 0 ? "n/a" : format("%.2f×", value / raw);
    }

    private static String format(String pattern, Object value) {
        return String.format(Locale.ROOT, pattern, value);
    }
}
