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
 * A JMH profiler that reports the 50th and 99th percentile of the send latencies every benchmark thread recorded in
 * the iteration ({@code latency.p50}, {@code latency.p99}, averaged over iterations). Measuring latency in the
 * throughput run itself means one fork gives every figure of a path.
 */
public final class LatencyProfiler implements InternalProfiler {

    static final String P50 = "latency.p50";
    static final String P99 = "latency.p99";
    static final String UNIT = "us";

    @Override
    public String getDescription() {
        return "Send latency percentiles, recorded by the benchmark threads";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        Latencies.reset();
    }

    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
            IterationResult result) {
        long[] counts = Latencies.counts();
        return List.of(
                new ScalarResult(P50, LatencyHistogram.percentile(counts, 50) / 1000.0, UNIT, AggregationPolicy.AVG),
                new ScalarResult(P99, LatencyHistogram.percentile(counts, 99) / 1000.0, UNIT, AggregationPolicy.AVG));
    }
}
