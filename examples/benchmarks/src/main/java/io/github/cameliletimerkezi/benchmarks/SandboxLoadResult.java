package io.github.cameliletimerkezi.benchmarks;

/**
 * What {@link SandboxLoad} measured at one thread count.
 *
 * @param threads             sending threads
 * @param sends               sends answered while measuring
 * @param sendsPerSecond      their rate
 * @param componentCpuMicros  CPU time of this JVM (component, Camel, HttpClient) per send
 * @param componentJitMicros  the part of it this JVM's JIT compiler threads used
 * @param sandboxCpuMicros    CPU time of the sandbox process per request
 * @param sandboxJitMicros    the part of it the sandbox's JIT compiler threads used
 */
record SandboxLoadResult(int threads, long sends, double sendsPerSecond, double componentCpuMicros, double componentJitMicros,
        double sandboxCpuMicros, double sandboxJitMicros) {
}
