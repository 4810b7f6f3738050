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

import io.github.cameliletimerkezi.client.IletiMerkeziTransportException;
import io.github.cameliletimerkezi.model.IletiMerkeziResponse;
import io.github.cameliletimerkezi.parts.SendEstimate;

/**
 * What the producer and the health check tell the component's meters. Free of Micrometer types, so the component
 * runs without Micrometer: {@link #NONE} then takes every call and does nothing.
 */
public interface ComponentMetrics {

    ComponentMetrics NONE = new ComponentMetrics() {
    };

    /** Whether meters are kept; false means every call does nothing, so callers may skip work done only for them. */
    default boolean enabled() {
        return false;
    }

    /** The provider answered a send (accepted, or refused with its status). */
    default void sendAnswered(SendEstimate order, IletiMerkeziResponse answer) {
    }

    /** A send failed on the way: not sent, or sent without an answer. */
    default void sendFailed(SendEstimate order, IletiMerkeziTransportException failure) {
    }

    /** A balance the provider answered; either may be null when the answer lacked it. */
    default void balanceSeen(Long credits, BigDecimal amount) {
    }

    /** The meters of one stream (a report consumer's, a webhook's); close them when the consumer stops. */
    default StreamMetrics stream(String streamName) {
        return StreamMetrics.NONE;
    }
}
