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

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs every benchmark once, as briefly as JMH allows, against a real fixed-answer server process, and the report
 * walk in its 64 MB JVM, and the report polls against a sandbox process. It proves the benchmarks run and report; the figures of so short a run mean nothing, so
 * none of them is compared with anything.
 */
class BenchmarksSmokeTest {

    @Test
    void everyBenchmarkProducesAResult() throws Exception {
        RunSettings smoke = RunSettings.smoke();

        BenchmarkReport report = Benchmarks.run(smoke);

        for (int threads : smoke.threadCounts()) {
            for (String path : List.of(SendResult.RAW, SendResult.CLIENT, SendResult.TEMPLATE, SendResult.TEMPLATE_METERS)) {
                assertThat(report.find(path, threads))
                        .as("%s at %d threads", path, threads)
                        .hasValueSatisfying(result -> assertThat(result.complete()).as(result.toString()).isTrue());
            }
        }
        assertThat(report.walk().delivered()).isEqualTo(LargeOrder.RECIPIENTS - LargeOrder.undeliveredCount(LargeOrder.RECIPIENTS));
        assertThat(report.walk().undelivered()).isEqualTo(LargeOrder.undeliveredCount(LargeOrder.RECIPIENTS));
        assertThat(report.walk().orderStatus()).isEqualTo(114);
        assertThat(report.walk().heapMaxBytes()).isLessThanOrEqualTo(64L * 1024 * 1024);
        assertThat(report.sandbox()).extracting(SandboxLoadResult::threads).containsExactlyElementsOf(smoke.threadCounts());
        assertThat(report.sandbox()).allSatisfy(load -> {
            assertThat(load.sends()).isPositive();
            assertThat(load.sandboxCpuMicros()).isNotNaN();
        });
        assertThat(report.table()).contains("raw HttpClient 5", "plain client", "iletimerkezi:send (ProducerTemplate)",
                "iletimerkezi:send with meters", "Meters: iletimerkezi:send with a MeterRegistry against without", "Report walk",
                "Report polls", "CPU µs/request (sandbox)", "the meters' own work on a send");
        assertThat(report.meterNanosPerSend()).as("ns the meters add to a send").isPositive().isLessThan(1e6);
        assertThat(report.polls()).hasSize(4).allSatisfy(poll -> {
            assertThat(poll.complete()).as(poll.toString()).isTrue();
            assertThat(poll.requests()).as(poll.toString()).isPositive();
        });
    }
}
