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
import java.util.function.IntSupplier;

/**
 * What a stream's consumer tells its meters; {@link #NONE} does nothing. Gauges read the suppliers given to
 * {@link #watch} until {@link #close()}.
 */
public interface StreamMetrics extends AutoCloseable {

    StreamMetrics NONE = new StreamMetrics() {
    };

    /** The type tag of a recipient's update. */
    String RECIPIENT = "recipient";
    /** The type tag of an order's update. */
    String ORDER = "order";

    /** Registers the stream's gauges: followed orders (null for a webhook) and updates waiting. */
    default void watch(IntSupplier followedOrders, IntSupplier updatesWaiting) {
    }

    /** An update was emitted to the route: {@code type} {@link #RECIPIENT} or {@link #ORDER}, the final status code. */
    default void emitted(String type, int statusCode) {
    }

    /** The time from sending (or first sight) to a final status emitted. */
    default void deliveryTime(String type, int statusCode, Duration sinceFollowed) {
    }

    /** A poll ended; {@code reportRequests} is how many report pages it asked. */
    default void polled(long nanos, boolean success, int reportRequests) {
    }

    /** The webhook answered a push with this HTTP status. */
    default void pushAnswered(int httpStatus) {
    }

    @Override
    default void close() {
    }
}
