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

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * A JMH profiler that divides the CPU time used during each iteration by the operations it ran: {@code cpu.client.norm}
 * for the JVM that runs the benchmark, {@code cpu.server.norm} for the fixed-answer server process (its pid in system
 * property {@value SendFixture#SERVER_PID}). Both include every thread of their process: JIT, GC and I/O threads too.
 * {@code cpu.jit.norm} is the part of {@code cpu.client.norm} this JVM's JIT compiler threads used: well above zero
 * in measured iterations, it says the warm-up did not reach a steady state.
 */
public final class ProcessCpuProfiler implements InternalProfiler {

    static final String CLIENT = "cpu.client.norm";
    static final String SERVER = "cpu.server.norm";
    static final String JIT = "cpu.jit.norm";
    static final String UNIT = "us/op";

    private final long serverPid = Long.getLong(SendFixture.SERVER_PID, -1);
    private long clientStart;
    private long serverStart;
    private long jitStart;

    @Override
    public String getDescription() {
        return "CPU time per operation of this JVM and of the fixed-answer server, from /proc/<pid>/stat";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        clientStart = ProcessCpu.selfMicros();
        serverStart = serverPid > 0 ? ProcessCpu.micros(serverPid) : 0;
        jitStart = ProcessCpu.selfJitMicros();
    }

    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
            IterationResult result) {
        long clientMicros = ProcessCpu.selfMicros() - clientStart;
        long serverMicros = serverPid > 0 ? ProcessCpu.micros(serverPid) - serverStart : 0;
        long jitMicros = ProcessCpu.selfJitMicros() - jitStart;
        long operations = result.getMetadata().getAllOps();
        List<Result> results = new ArrayList<>();
        if (operations > 0) {
            results.add(new ScalarResult(JIT, (double) jitMicros / operations, UNIT, AggregationPolicy.AVG));
            results.add(new ScalarResult(CLIENT, (double) clientMicros / operations, UNIT, AggregationPolicy.AVG));
            if (serverPid > 0) {
                results.add(new ScalarResult(SERVER, (double) serverMicros / operations, UNIT, AggregationPolicy.AVG));
            }
        }
        return results;
    }
}
