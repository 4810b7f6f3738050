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

import java.util.HashMap;
import java.util.Map;

/**
 * What one {@link ReportWalk} measured, passed from its JVM to the benchmark's as one line of {@code key=value} pairs.
 *
 * @param delivered       recipient updates with status 111
 * @param undelivered     recipient updates with status 112
 * @param orderStatus     the status of the final order update, 0 when none came
 * @param millis          wall time from the first poll to the order's final update
 * @param cpuMillis       CPU time of the walk's JVM in that time
 * @param heapPeakBytes   the sum of the heap pools' peak use in that time
 * @param heapMaxBytes    the JVM's maximum heap
 * @param gcCount         garbage collections in that time
 * @param gcMillis        time spent in them
 */
record ReportWalkResult(int delivered, int undelivered, int orderStatus, long millis, long cpuMillis,
        long heapPeakBytes, long heapMaxBytes, long gcCount, long gcMillis) {

    static final String PREFIX = "report-walk ";

    int recipientUpdates() {
        return delivered + undelivered;
    }

    boolean complete() {
        return recipientUpdates() == LargeOrder.RECIPIENTS && orderStatus == 114;
    }

    double recipientsPerSecond() {
        return millis == 0 ? 0 : recipientUpdates() * 1000.0 / millis;
    }

    String toLine() {
        return PREFIX + "delivered=" + delivered + " undelivered=" + undelivered + " orderStatus=" + orderStatus
               + " millis=" + millis + " cpuMillis=" + cpuMillis + " heapPeakBytes=" + heapPeakBytes
               + " heapMaxBytes=" + heapMaxBytes + " gcCount=" + gcCount + " gcMillis=" + gcMillis;
    }

    static ReportWalkResult parse(String line) {
        if (!line.startsWith(PREFIX)) {
            throw new IllegalArgumentException("Not a report-walk line: " + line);
        }
        Map<String, Long> values = new HashMap<>();
        for (String pair : line.substring(PREFIX.length()).trim().split(" ")) {
            int eq = pair.indexOf('=');
            values.put(pair.substring(0, eq), Long.parseLong(pair.substring(eq + 1)));
        }
        return new ReportWalkResult(values.get("delivered").intValue(), values.get("undelivered").intValue(),
                values.get("orderStatus").intValue(), values.get("millis"), values.get("cpuMillis"),
                values.get("heapPeakBytes"), values.get("heapMaxBytes"), values.get("gcCount"), values.get("gcMillis"));
    }
}
