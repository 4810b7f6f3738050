package io.github.cameliletimerkezi.benchmarks;

import java.util.List;

/**
 * How long and how often the send benchmarks run.
 *
 * @param forks                 JVMs per benchmark; 0 runs them in this JVM
 * @param warmupIterations      iterations before measuring
 * @param warmupMillis          length of one of them
 * @param measurementIterations measured iterations
 * @param measurementMillis     length of one of them
 * @param threadCounts          the thread counts to run every path at
 * @param serverWarmupSends     sends that warm the fixed-answer server up before the first benchmark
 */
record RunSettings(int forks, int warmupIterations, int warmupMillis, int measurementIterations, int measurementMillis,
        List<Integer> threadCounts, int serverWarmupSends) {

    /** The documented run: six forks of about 25 s each, then the report walk. */
    static RunSettings full() {
        return new RunSettings(1, 3, 3_000, 3, 4_000, List.of(1, 8), 5_000);
    }

    /** Proves every benchmark runs and reports; the figures mean nothing. */
    static RunSettings smoke() {
        return new RunSettings(0, 0, 0, 1, 200, List.of(1, 8), 50);
    }

    boolean isSmoke() {
        return forks == 0;
    }
}
