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
package io.github.cameliletimerkezi.metrics;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A webhook and a report consumer that share a stream name report into one gauge per meter: Micrometer would keep only
 * the first one registered and silently ignore the other consumer's figures.
 */
class SharedStreamGaugesTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final ComponentMetrics metrics = new MicrometerMetrics(registry);

    @Test
    void twoConsumersOfOneStreamAddUpAndTheGaugeLeavesWithTheLast() {
        StreamMetrics webhook = metrics.stream("deliveries");
        StreamMetrics poller = metrics.stream("deliveries");
        webhook.watch(null, () -> 2);
        poller.watch(() -> 7, () -> 3);

        assertThat(waiting()).isEqualTo(5);
        assertThat(registry.get("iletimerkezi.stream.followed.orders").tag("stream", "deliveries").gauge().value())
                .isEqualTo(7);
        assertThat(registry.find("iletimerkezi.stream.updates.waiting").gauges()).hasSize(1);

        poller.close();
        assertThat(waiting()).as("the webhook's figure alone").isEqualTo(2);
        assertThat(registry.find("iletimerkezi.stream.followed.orders").gauge()).isNull();

        webhook.close();
        assertThat(registry.find("iletimerkezi.stream.updates.waiting").gauge()).isNull();

        StreamMetrics restarted = metrics.stream("deliveries");
        restarted.watch(null, () -> 4);
        assertThat(waiting()).as("a restarted consumer registers afresh").isEqualTo(4);
    }

    @Test
    void streamsOfOtherNamesKeepTheirOwnGauges() {
        metrics.stream("a").watch(null, () -> 1);
        metrics.stream("b").watch(null, () -> 10);

        assertThat(registry.get("iletimerkezi.stream.updates.waiting").tag("stream", "a").gauge().value()).isEqualTo(1);
        assertThat(registry.get("iletimerkezi.stream.updates.waiting").tag("stream", "b").gauge().value()).isEqualTo(10);
    }

    private double waiting() {
        return registry.get("iletimerkezi.stream.updates.waiting").tag("stream", "deliveries").gauge().value();
    }
}
