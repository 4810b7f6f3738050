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
