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
 * One measured poll of the report consumer.
 *
 * @param orderList         whether the consumer asked the order list first (useOrderList)
 * @param latencyMillis     the sandbox's latency
 * @param reportConcurrency the consumer's option
 * @param followed          the orders it followed
 * @param changed           how many of them changed since the poll before
 * @param requests          requests the sandbox answered during the poll
 * @param millis            the poll's wall time
 * @param updates           updates the poll emitted
 * @param sandboxCpuMillis  CPU time the sandbox process used during the poll
 * @param rowsWritten       rows the poll inserted, updated or deleted in the followed orders' tables; -1 when they
 *                          were kept in memory
 * @param walBytes          WAL the database server wrote during the poll; -1 when in memory
 * @param heapBytes         this JVM's heap in use after the poll and a full collection
 */
record PollScaleResult(boolean orderList, long latencyMillis, int reportConcurrency, int followed, int changed,
        long requests, long millis, int updates, long sandboxCpuMillis, long rowsWritten, long walBytes, long heapBytes) {

    /** Every change reached the route: one recipient update per changed order. */
    boolean complete() {
        return updates == changed;
    }

    boolean onDatabase() {
        return walBytes >= 0;
    }
}
