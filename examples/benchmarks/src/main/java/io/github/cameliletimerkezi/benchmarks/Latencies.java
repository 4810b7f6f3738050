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
