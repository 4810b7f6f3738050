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

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * The benchmark run: starts the fixed-answer server, runs {@link SendBenchmark} at each thread count (every path of
 * one thread count back to back, so their ratios compare the same minute of a shared machine), walks a
 * 50,000-recipient report in a 64 MB JVM, times report polls of 1,000 followed orders against a sandbox 50 ms away
 * ({@link PollScale}), stops the server and prints the table.
 * <p>
 * {@code java -jar examples/benchmarks/target/benchmarks.jar} runs it in full (about 3 minutes on an idle machine);
 * {@code --smoke} runs every benchmark once, briefly and in this JVM, to prove it works.
 */
public final class Benchmarks {

    /** Handler threads of the fixed-answer server: as many as the most benchmark threads. */
    private static final int SERVER_THREADS = 8;

    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        RunSettings settings = RunSettings.full();
        for (String arg : args) {
            if (arg.equals("--smoke")) {
                settings = RunSettings.smoke();
            } else {
                System.err.println("Usage: java -jar benchmarks.jar [--smoke]");
                System.exit(1);
            }
        }
        BenchmarkReport report = run(settings);
        System.out.println();
        System.out.println(report.table());
    }

    static BenchmarkReport run(RunSettings settings) throws Exception {
        if (!ProcessCpu.available()) {
            throw new IllegalStateException("The benchmarks read CPU time from /proc: they run on Linux only");
        }
        Machine machine = Machine.current();
        Instant started = Instant.now();
        try (FixedAnswerServerProcess server = FixedAnswerServerProcess.start(SERVER_THREADS)) {
            System.out.println("Fixed-answer server: pid " + server.pid() + " at " + server.baseUrl());
            warmUp(server, settings.serverWarmupSends());
            List<SendResult> sends = new ArrayList<>();
            for (int threads : settings.threadCounts()) {
                sends.addAll(sendBenchmarks(server, settings, threads));
            }
            double meterNanos = meterNanosPerSend(settings);
            System.out.println("Report walk: following order " + LargeOrder.ID + " in a JVM with -Xmx" + ReportWalkProcess.HEAP);
            ReportWalkResult walk = ReportWalkProcess.run(server.baseUrl());
            List<PollScaleResult> polls = PollScale.run(settings.isSmoke() ? PollScale.Settings.smoke() : PollScale.Settings.full());
            List<SandboxLoadResult> sandbox = sandboxLoads(settings);
            return new BenchmarkReport(machine, started, Duration.between(started, Instant.now()), sends, walk, polls, sandbox,
                    meterNanos);
        }
    }

    /** The sandbox's CPU per request at every thread count, warmed up and measured as long as one send path. */
    private static List<SandboxLoadResult> sandboxLoads(RunSettings settings) throws Exception {
        List<SandboxLoadResult> loads = new ArrayList<>();
        int warmupMillis = Math.max(settings.warmupIterations() * settings.warmupMillis(), settings.measurementMillis());
        int measureMillis = settings.measurementIterations() * settings.measurementMillis();
        for (int threads : settings.threadCounts()) {
            System.out.println("Sandbox: iletimerkezi:send at " + threads + " threads against the sandbox in a JVM of its own");
            loads.add(SandboxLoad.run(threads, warmupMillis, measureMillis));
        }
        return loads;
    }

    /** The server's JIT compiles its answer path before the first path is measured, not during it. */
    private static void warmUp(FixedAnswerServerProcess server, int sends) throws IOException {
        try (RawSender sender = new RawSender(server.baseUrl(), 1)) {
            for (int i = 0; i < sends; i++) {
                sender.send();
            }
        }
    }

    private static List<SendResult> sendBenchmarks(FixedAnswerServerProcess server, RunSettings settings, int threads)
            throws RunnerException {
        String url = server.baseUrl();
        String pid = String.valueOf(server.pid());
        // forked JVMs get them on the command line, a run in this JVM from its own properties
        System.setProperty(SendFixture.SERVER_URL, url);
        System.setProperty(SendFixture.SERVER_PID, pid);
        OptionsBuilder options = new OptionsBuilder();
        options.include(SendBenchmark.class.getName() + "\\.")
                .threads(threads)
                .forks(settings.forks())
                .warmupIterations(settings.warmupIterations())
                .measurementIterations(settings.measurementIterations())
                .measurementTime(TimeValue.milliseconds(settings.measurementMillis()))
                .addProfiler(GCProfiler.class)
                .addProfiler(ProcessCpuProfiler.class)
                .addProfiler(LatencyProfiler.class)
                .jvmArgsAppend("-D" + SendFixture.SERVER_URL + "=" + url, "-D" + SendFixture.SERVER_PID + "=" + pid)
                .shouldFailOnError(true)
                .verbosity(settings.isSmoke() ? VerboseMode.SILENT : VerboseMode.NORMAL);
        if (settings.warmupIterations() > 0) {
            options.warmupTime(TimeValue.milliseconds(settings.warmupMillis()));
        }
        Options built = options.build();
        Collection<RunResult> results = new Runner(built).run();

        List<SendResult> sends = new ArrayList<>();
        for (String path : List.of(SendResult.RAW, SendResult.CLIENT, SendResult.TEMPLATE, SendResult.TEMPLATE_METERS)) {
            RunResult result = find(results, path);
            sends.add(new SendResult(path, threads,
                    perSecond(result.getPrimaryResult()),
                    secondary(result, LatencyProfiler.P50),
                    secondary(result, LatencyProfiler.P99),
                    secondary(result, ProcessCpuProfiler.CLIENT),
                    secondary(result, ProcessCpuProfiler.SERVER),
                    secondary(result, "gc.alloc.rate.norm"),
                    secondary(result, ProcessCpuProfiler.JIT)));
        }
        return sends;
    }

    /** {@link MetersBenchmark}: the meters' own work on one send, in nanoseconds, on one thread. */
    private static double meterNanosPerSend(RunSettings settings) throws RunnerException {
        OptionsBuilder options = new OptionsBuilder();
        options.include(MetersBenchmark.class.getName() + "\\.")
                .threads(1)
                .forks(settings.forks())
                .warmupIterations(settings.warmupIterations())
                .measurementIterations(settings.measurementIterations())
                .measurementTime(TimeValue.milliseconds(settings.measurementMillis()))
                .jvmArgsAppend("-D" + SendFixture.SERVER_URL + "=" + System.getProperty(SendFixture.SERVER_URL),
                        "-D" + SendFixture.SERVER_PID + "=" + System.getProperty(SendFixture.SERVER_PID))
                .shouldFailOnError(true)
                .verbosity(settings.isSmoke() ? VerboseMode.SILENT : VerboseMode.NORMAL);
        if (settings.warmupIterations() > 0) {
            options.warmupTime(TimeValue.milliseconds(settings.warmupMillis()));
        }
        Result score = new Runner(options.build()).run().iterator().next().getPrimaryResult();
        if (!score.getScoreUnit().equals("ns/op")) {
            throw new IllegalStateException("MetersBenchmark reported " + score.getScoreUnit() + ", not ns/op");
        }
        return score.getScore();
    }

    private static RunResult find(Collection<RunResult> results, String path) {
        return results.stream()
                .filter(r -> r.getParams().getBenchmark().endsWith("." + path))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No result for " + path));
    }

    /** JMH prefixes profiler results with a marker; the name after it is what identifies them. */
    private static double secondary(RunResult result, String name) {
        Optional<Result> found = result.getSecondaryResults().entrySet().stream()
                .filter(e -> e.getKey().endsWith(name))
                .map(Map.Entry::getValue)
                .findFirst();
        return found.map(Result::getScore).orElse(Double.NaN);
    }

    private static double perSecond(Result throughput) {
        return throughput.getScore() * perSecondFactor(throughput.getScoreUnit());
    }

    private static double perSecondFactor(String unit) {
        return switch (unit) {
            case "ops/s" -> 1;
            case "ops/ms" -> 1e3;
            case "ops/us" -> 1e6;
            case "ops/ns" -> 1e9;
            default -> throw new IllegalStateException("Unexpected throughput unit " + unit);
        };
    }
}
