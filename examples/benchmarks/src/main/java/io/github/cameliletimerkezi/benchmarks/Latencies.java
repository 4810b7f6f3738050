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
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The latency histograms of every benchmark thread of this JVM, so that {@link LatencyProfiler} can read them between
 * iterations. Each thread writes only its own.
 */
final class Latencies {

    private static final List<LatencyHistogram> HISTOGRAMS = new CopyOnWriteArrayList<>();

    private Latencies() {
    }

    static LatencyHistogram register() {
        LatencyHistogram histogram = new LatencyHistogram();
        HISTOGRAMS.add(histogram);
        return histogram;
    }

    static void reset() {
        HISTOGRAMS.forEach(LatencyHistogram::reset);
    }

    /** All threads' counts, summed. */
    static long[] counts() {
        long[] total = LatencyHistogram.emptyCounts();
        HISTOGRAMS.forEach(histogram -> histogram.addTo(total));
        return total;
    }
}
