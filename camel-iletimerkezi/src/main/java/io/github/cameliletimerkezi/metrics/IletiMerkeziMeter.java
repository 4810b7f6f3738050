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

import java.util.List;

/**
 * Every meter the component registers, with what it answers; the meters page (docs/metrics.md) is generated from this
 * list. Tag values are bounded: outcomes, provider status codes, stream names (the streamName option or the route id)
 * and answers; never a number, a text or an order id.
 */
public enum IletiMerkeziMeter {

    SMS_ORDERS("iletimerkezi.sms.orders", Type.COUNTER, null, List.of("outcome", "status"),
            "Send orders (one per request; a split order counts each of its orders), by outcome: accepted, refused (status"
            + " is the provider's code), not_sent (no byte reached the provider), outcome_unknown (sent, no answer)"),
    SMS_RECIPIENTS("iletimerkezi.sms.recipients", Type.COUNTER, null, List.of("outcome", "status"),
            "Recipients of those orders, by the same outcome"),
    SMS_PARTS("iletimerkezi.sms.parts", Type.COUNTER, null, List.of("outcome", "status"),
            "SMS parts of those orders (each text's parts times its recipients), by the same outcome"),
    SMS_CREDITS("iletimerkezi.sms.credits", Type.COUNTER, null, List.of("outcome", "status"),
            "Credits those orders cost by the component's estimate (one per part, as the provider charges; undelivered"
            + " parts are refunded, so this is the most they cost), by the same outcome"),
    DELIVERY_UPDATES("iletimerkezi.delivery.updates", Type.COUNTER, null, List.of("stream", "type", "status"),
            "Final statuses emitted to the route (report consumer and webhook): type recipient (status delivered,"
            + " undelivered) or order (status completed, failed)"),
    DELIVERY_TIME("iletimerkezi.delivery.time", Type.TIMER, "seconds", List.of("stream", "type", "status"),
            "Time from sending an order (or from the stream's first sight of it) to a final status the report consumer"
            + " emitted"),
    STREAM_FOLLOWED_ORDERS("iletimerkezi.stream.followed.orders", Type.GAUGE, null, List.of("stream"),
            "Orders the report consumer follows now (not final yet)"),
    STREAM_POLLS("iletimerkezi.stream.polls", Type.TIMER, "seconds", List.of("stream", "outcome"),
            "Report polls and their duration, by outcome: success or failure (the whole poll failed)"),
    STREAM_POLL_REQUESTS("iletimerkezi.stream.poll.requests", Type.SUMMARY, "requests", List.of("stream"),
            "Report requests (get-report pages) made by one poll"),
    STREAM_LAST_SUCCESS_AGE("iletimerkezi.stream.last.success.age", Type.TIME_GAUGE, "seconds", List.of("stream"),
            "Time since the last successful poll (since the consumer started, before the first); grows while the"
            + " stream is stalled"),
    STREAM_UPDATES_WAITING("iletimerkezi.stream.updates.waiting", Type.GAUGE, null, List.of("stream"),
            "Updates the route failed on and that were not emitted since; they come again at the next poll or push"),
    WEBHOOK_PUSHES("iletimerkezi.webhook.pushes", Type.COUNTER, null, List.of("stream", "answer"),
            "Pushes the webhook received, by the HTTP status it answered (200, 400, 404, 413, 500)"),
    BALANCE_CREDITS("iletimerkezi.balance.credits", Type.GAUGE, null, List.of(),
            "SMS credits last seen by the producer health check or a balance operation (no request of its own)"),
    BALANCE_AMOUNT("iletimerkezi.balance.amount", Type.GAUGE, "lira", List.of(),
            "Account balance in Turkish lira last seen, from the same answers");

    /** The kind of Micrometer meter. */
    public enum Type {
        COUNTER,
        TIMER,
        GAUGE,
        TIME_GAUGE,
        SUMMARY
    }

    private final String meterName;
    private final Type type;
    private final String baseUnit;
    private final List<String> tags;
    private final String description;

    IletiMerkeziMeter(String meterName, Type type, String baseUnit, List<String> tags, String description) {
        this.meterName = meterName;
        this.type = type;
        this.baseUnit = baseUnit;
        this.tags = tags;
        this.description = description;
    }

    /** The Micrometer name (dot-separated; registries render it their way, Prometheus with underscores). */
    public String meterName() {
        return meterName;
    }

    public Type type() {
        return type;
    }

    /** The base unit, or null when the meter counts things. */
    public String baseUnit() {
        return baseUnit;
    }

    public List<String> tags() {
        return tags;
    }

    public String description() {
        return description;
    }

    /**
     * The name Micrometer's Prometheus registry gives the meter's series: underscores, the base unit appended unless
     * the name ends with it, {@code _total} on a counter. A timer or summary adds {@code _count}, {@code _sum} and
     * {@code _max} to it.
     */
    public String prometheusName() {
        String name = meterName.replace('.', '_');
        if (baseUnit != null && !name.endsWith("_" + baseUnit)) {
            name += "_" + baseUnit;
        }
        return type == Type.COUNTER ? name + "_total" : name;
    }
}
