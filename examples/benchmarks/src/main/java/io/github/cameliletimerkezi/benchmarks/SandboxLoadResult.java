package io.github.cameliletimerkezi.benchmarks;

/**
 * What {@link SandboxLoad} measured at one thread count.
 *
 * @param threads             sending threads
 * @param sends               sends answered while measuring
 * @param sendsPerSecond      their rate
 * @param componentCpuMicros  CPU time of this JVM (component, Camel, HttpClient) per send
 * @param sandboxCpuMicros    CPU time of the sandbox process per request
 */
record SandboxLoadResult(int threads, long sends, double sendsPerSecond, double componentCpuMicros, double sandboxCpuMicros) {
}
