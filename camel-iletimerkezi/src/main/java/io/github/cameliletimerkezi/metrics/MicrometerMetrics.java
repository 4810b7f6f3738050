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

import java.math.BigDecimal;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

import io.github.cameliletimerkezi.client.IletiMerkeziOutcomeUnknownException;
import io.github.cameliletimerkezi.client.IletiMerkeziTransportException;
import io.github.cameliletimerkezi.model.IletiMerkeziResponse;
import io.github.cameliletimerkezi.parts.SendEstimate;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The component's meters in one {@link MeterRegistry}. Counters are looked up once per tag combination and kept, so
 * a send costs four increments (and a map read when refused).
 */
final class MicrometerMetrics implements ComponentMetrics {

    static final String NO_STATUS = "none";

    private final MeterRegistry registry;
    // the common outcomes in fields: a send reads one, with no key to build
    private final SendCounters accepted;
    private final SendCounters notSent;
    private final SendCounters outcomeUnknown;
    private final Map<Integer, SendCounters> refused = new ConcurrentHashMap<>();
    private final AtomicReference<Double> credits = new AtomicReference<>(Double.NaN);
    private final AtomicReference<Double> amount = new AtomicReference<>(Double.NaN);
    private final StreamGauges streamGauges;

    MicrometerMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.streamGauges = new StreamGauges(registry);
        Gauge.builder(IletiMerkeziMeter.BALANCE_CREDITS.meterName(), credits, AtomicReference::get)
                .description(IletiMerkeziMeter.BALANCE_CREDITS.description()).register(registry);
        Gauge.builder(IletiMerkeziMeter.BALANCE_AMOUNT.meterName(), amount, AtomicReference::get)
                .description(IletiMerkeziMeter.BALANCE_AMOUNT.description())
                .baseUnit(IletiMerkeziMeter.BALANCE_AMOUNT.baseUnit()).register(registry);
        // at 0 from the start: Prometheus's increase() sees no rise in a series whose first sample is already 1, so an
        // alert on the first outcome-unknown send needs the series before it
        accepted = new SendCounters(registry, "accepted", NO_STATUS);
        notSent = new SendCounters(registry, "not_sent", NO_STATUS);
        outcomeUnknown = new SendCounters(registry, "outcome_unknown", NO_STATUS);
    }

    MeterRegistry registry() {
        return registry;
    }

    @Override
    public boolean enabled() {
        return true;
    }

    @Override
    public void sendAnswered(SendEstimate order, IletiMerkeziResponse answer) {
        if (answer.isError()) {
            refused.computeIfAbsent(answer.getCode(), code -> new SendCounters(registry, "refused", String.valueOf(code)))
                    .add(order);
        } else {
            accepted.add(order);
        }
    }

    @Override
    public void sendFailed(SendEstimate order, IletiMerkeziTransportException failure) {
        (failure instanceof IletiMerkeziOutcomeUnknownException ? outcomeUnknown : notSent).add(order);
    }

    @Override
    public void balanceSeen(Long seenCredits, BigDecimal seenAmount) {
        if (seenCredits != null) {
            credits.set(seenCredits.doubleValue());
        }
        if (seenAmount != null) {
            amount.set(seenAmount.doubleValue());
        }
    }

    @Override
    public StreamMetrics stream(String streamName) {
        return new MicrometerStreamMetrics(registry, streamGauges, streamName);
    }

    /** The four send counters of one outcome and status. */
    private static final class SendCounters {

        private final Counter orders;
        private final Counter recipients;
        private final Counter parts;
        private final Counter credits;

        SendCounters(MeterRegistry registry, String outcome, String status) {
            orders = counter(registry, IletiMerkeziMeter.SMS_ORDERS, outcome, status);
            recipients = counter(registry, IletiMerkeziMeter.SMS_RECIPIENTS, outcome, status);
            parts = counter(registry, IletiMerkeziMeter.SMS_PARTS, outcome, status);
            credits = counter(registry, IletiMerkeziMeter.SMS_CREDITS, outcome, status);
        }

        private static Counter counter(MeterRegistry registry, IletiMerkeziMeter meter, String outcome, String status) {
            return Counter.builder(meter.meterName()).description(meter.description())
                    .tag("outcome", outcome).tag("status", status).register(registry);
        }

        void add(SendEstimate order) {
            orders.increment();
            recipients.increment(order.recipients());
            // the parts going out: each text's parts times its recipients, which the provider charges one credit each,
            // so the estimate's credits are that sum (SendEstimate.parts is the largest part count of one text)
            parts.increment(order.credits());
            credits.increment(order.credits());
        }
    }
}
