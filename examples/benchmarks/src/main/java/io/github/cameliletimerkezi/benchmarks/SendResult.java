package io.github.cameliletimerkezi.benchmarks;

/**
 * The figures of one send path at one thread count.
 *
 * @param path              {@code raw}, {@code client} or {@code template}: the {@link SendBenchmark} method
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

    /** Every figure was measured. */
    boolean complete() {
        return sendsPerSecond > 0 && p50Micros > 0 && p99Micros > 0 && clientCpuMicros >= 0 && serverCpuMicros >= 0
               && allocatedBytes > 0 && jitCpuMicros >= 0;
    }
}
