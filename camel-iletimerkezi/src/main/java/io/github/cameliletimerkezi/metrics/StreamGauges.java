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

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.IntSupplier;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The gauges of every stream in one registry, one per meter and stream name. A webhook and a report consumer that
 * share a {@code streamName} both report their figures (updates waiting); Micrometer keeps only the first gauge
 * registered under one name and tags, so each gauge here reads the sum of every consumer attached to it and leaves
 * the registry when the last one detaches.
 */
final class StreamGauges {

    private final MeterRegistry registry;
    private final Map<String, Summed> gauges = new HashMap<>();

    StreamGauges(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Adds a consumer's figure to the stream's gauge; the returned action takes it out again. */
    synchronized Runnable attach(IletiMerkeziMeter meter, String stream, IntSupplier figure) {
        String key = meter.meterName() + '\n' + stream;
        Summed summed = gauges.computeIfAbsent(key, k -> new Summed());
        if (summed.meter == null) {
            summed.meter = Gauge.builder(meter.meterName(), summed, Summed::sum).description(meter.description())
                    .tag("stream", stream).strongReference(true).register(registry);
        }
        summed.figures.add(figure);
        return () -> detach(key, summed, figure);
    }

    private synchronized void detach(String key, Summed summed, IntSupplier figure) {
        if (summed.figures.remove(figure) && summed.figures.isEmpty()) {
            registry.remove(summed.meter);
            gauges.remove(key, summed);
        }
    }

    /** The figures of the consumers attached to one gauge. */
    private static final class Summed {
        private final List<IntSupplier> figures = new CopyOnWriteArrayList<>();
        private Meter meter;

        double sum() {
            long total = 0;
            for (IntSupplier figure : figures) {
                total += figure.getAsInt();
            }
            return total;
        }
    }
}
