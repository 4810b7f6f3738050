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

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;

import io.github.cameliletimerkezi.model.DeliveryStatus;
import io.github.cameliletimerkezi.model.OrderStatus;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;
import io.micrometer.core.instrument.Timer;

/**
 * One stream's meters, tagged with its name. The gauges read the consumer's own figures; they are removed on
 * {@link #close()}, so a restarted consumer registers gauges on its new figures instead of finding the old ones.
 */
final class MicrometerStreamMetrics implements StreamMetrics {

    private final MeterRegistry registry;
    private final String stream;
    private final StreamGauges streamGauges;
    private final List<Runnable> detach = new ArrayList<>();
    private Meter lastSuccessAge;
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();
    private final DistributionSummary pollRequests;
    private volatile long lastSuccessNanos = System.nanoTime();

    MicrometerStreamMetrics(MeterRegistry registry, StreamGauges streamGauges, String stream) {
        this.registry = registry;
        this.streamGauges = streamGauges;
        this.stream = stream;
        IletiMerkeziMeter requests = IletiMerkeziMeter.STREAM_POLL_REQUESTS;
        pollRequests = DistributionSummary.builder(requests.meterName()).description(requests.description())
                .baseUnit(requests.baseUnit()).tag("stream", stream).register(registry);
        // the final statuses and poll outcomes at 0 from the start, so rates and increases see their first rise
        for (DeliveryStatus status : DeliveryStatus.values()) {
            if (status.isFinal()) {
                updates(RECIPIENT, status.code());
            }
        }
        for (OrderStatus status : OrderStatus.values()) {
            if (status.isFinal()) {
                updates(ORDER, status.code());
            }
        }
        polls(true);
        polls(false);
    }

    @Override
    public synchronized void watch(IntSupplier followedOrders, IntSupplier updatesWaiting) {
        if (followedOrders != null) {
            detach.add(streamGauges.attach(IletiMerkeziMeter.STREAM_FOLLOWED_ORDERS, stream, followedOrders));
            IletiMerkeziMeter age = IletiMerkeziMeter.STREAM_LAST_SUCCESS_AGE;
            lastSuccessAge = TimeGauge.builder(age.meterName(), this, TimeUnit.NANOSECONDS,
                    figures -> System.nanoTime() - figures.lastSuccessNanos)
                    .description(age.description()).tag("stream", stream).register(registry);
        }
        detach.add(streamGauges.attach(IletiMerkeziMeter.STREAM_UPDATES_WAITING, stream, updatesWaiting));
    }

    @Override
    public void emitted(String type, int statusCode) {
        updates(type, statusCode).increment();
    }

    private Counter updates(String type, int statusCode) {
        return counters.computeIfAbsent(type + "/" + statusCode, key -> Counter
                .builder(IletiMerkeziMeter.DELIVERY_UPDATES.meterName())
                .description(IletiMerkeziMeter.DELIVERY_UPDATES.description())
                .tag("stream", stream).tag("type", type).tag("status", statusName(type, statusCode)).register(registry));
    }

    @Override
    public void deliveryTime(String type, int statusCode, Duration sinceFollowed) {
        timers.computeIfAbsent("delivery/" + type + "/" + statusCode, key -> Timer
                .builder(IletiMerkeziMeter.DELIVERY_TIME.meterName())
                .description(IletiMerkeziMeter.DELIVERY_TIME.description())
                .tag("stream", stream).tag("type", type).tag("status", statusName(type, statusCode)).register(registry))
                .record(sinceFollowed.isNegative() ? Duration.ZERO : sinceFollowed);
    }

    @Override
    public void polled(long nanos, boolean success, int reportRequests) {
        polls(success).record(nanos, TimeUnit.NANOSECONDS);
        pollRequests.record(reportRequests);
        if (success) {
            lastSuccessNanos = System.nanoTime();
        }
    }

    private Timer polls(boolean success) {
        String outcome = success ? "success" : "failure";
        return timers.computeIfAbsent("poll/" + outcome, key -> Timer.builder(IletiMerkeziMeter.STREAM_POLLS.meterName())
                .description(IletiMerkeziMeter.STREAM_POLLS.description())
                .tag("stream", stream).tag("outcome", outcome).register(registry));
    }

    @Override
    public void pushAnswered(int httpStatus) {
        counters.computeIfAbsent("push/" + httpStatus, key -> Counter
                .builder(IletiMerkeziMeter.WEBHOOK_PUSHES.meterName())
                .description(IletiMerkeziMeter.WEBHOOK_PUSHES.description())
                .tag("stream", stream).tag("answer", String.valueOf(httpStatus)).register(registry))
                .increment();
    }

    @Override
    public synchronized void close() {
        detach.forEach(Runnable::run);
        detach.clear();
        if (lastSuccessAge != null) {
            registry.remove(lastSuccessAge);
            lastSuccessAge = null;
        }
    }

    /** delivered, undelivered, completed, failed; the code itself for one the component does not know. */
    static String statusName(String type, int statusCode) {
        if (RECIPIENT.equals(type)) {
            for (DeliveryStatus status : DeliveryStatus.values()) {
                if (status.code() == statusCode) {
                    return status.name().toLowerCase(java.util.Locale.ROOT);
                }
            }
        } else {
            for (OrderStatus status : OrderStatus.values()) {
                if (status.code() == statusCode) {
                    return status.name().toLowerCase(java.util.Locale.ROOT);
                }
            }
        }
        return String.valueOf(statusCode);
    }
}
