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
 * Send latencies of one benchmark thread, counted without allocating: log-linear buckets of 32 per power of two
 * nanoseconds, so a percentile is exact to about 3 %. Written by its thread only; read between iterations.
 */
final class LatencyHistogram {

    private static final int SUB_BUCKET_BITS = 5;
    private static final int SUB_BUCKETS = 1 << SUB_BUCKET_BITS;

    private final long[] counts = new long[64 * SUB_BUCKETS];

    void record(long nanos) {
        counts[index(Math.max(nanos, 1))]++;
    }

    void reset() {
        java.util.Arrays.fill(counts, 0);
    }

    void addTo(long[] total) {
        for (int i = 0; i < counts.length; i++) {
            total[i] += counts[i];
        }
    }

    static long[] emptyCounts() {
        return new long[64 * SUB_BUCKETS];
    }

    /** The value below which {@code percentile} % of the counted latencies lie, in nanoseconds; 0 when none. */
    static double percentile(long[] counts, double percentile) {
        long total = 0;
        for (long count : counts) {
            total += count;
        }
        if (total == 0) {
            return 0;
        }
        long rank = (long) Math.ceil(total * percentile / 100.0);
        long seen = 0;
        for (int i = 0; i < counts.length; i++) {
            seen += counts[i];
            if (seen >= Math.max(rank, 1)) {
                return middle(i);
            }
        }
        return middle(counts.length - 1);
    }

    private static int index(long value) {
        int exponent = 63 - Long.numberOfLeadingZeros(value);
        if (exponent < SUB_BUCKET_BITS) {
            return (int) value;
        }
        int sub = (int) (value >>> (exponent - SUB_BUCKET_BITS)) & (SUB_BUCKETS - 1);
        return (exponent - SUB_BUCKET_BITS + 1) * SUB_BUCKETS + sub;
    }

    /** The middle of bucket {@code index}. */
    private static double middle(int index) {
        if (index < SUB_BUCKETS) {
            return index;
        }
        int exponent = index / SUB_BUCKETS - 1 + SUB_BUCKET_BITS;
        int sub = index % SUB_BUCKETS;
        double low = (double) (SUB_BUCKETS + sub) * (1L << (exponent - SUB_BUCKET_BITS));
        double width = 1L << (exponent - SUB_BUCKET_BITS);
        return low + width / 2;
    }
}
