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

/**
 * The figures of one send path at one thread count.
 *
 * @param path              {@code raw}, {@code client}, {@code template} or {@code templateWithMeters}: the
 *                          {@link SendBenchmark} method
 * @param threads           threads sending at once
 * @param sendsPerSecond    throughput
 * @param p50Micros         median latency of one send
 * @param p99Micros         99th percentile latency
 * @param clientCpuMicros   CPU time of the sending JVM per send
 * @param serverCpuMicros   CPU time of the fixed-answer server per send
 * @param allocatedBytes    bytes allocated per send ({@code gc.alloc.rate.norm})
 * @param jitCpuMicros      the part of {@code clientCpuMicros} this JVM's JIT compiler threads used
 */
record SendResult(String path, int threads, double sendsPerSecond, double p50Micros, double p99Micros,
        double clientCpuMicros, double serverCpuMicros, double allocatedBytes, double jitCpuMicros) {

    static final String RAW = "raw";
    static final String CLIENT = "client";
    static final String TEMPLATE = "template";
    static final String TEMPLATE_METERS = "templateWithMeters";

    /** Every figure was measured. */
    boolean complete() {
        return sendsPerSecond > 0 && p50Micros > 0 && p99Micros > 0 && clientCpuMicros >= 0 && serverCpuMicros >= 0
               && allocatedBytes > 0 && jitCpuMicros >= 0;
    }
}
