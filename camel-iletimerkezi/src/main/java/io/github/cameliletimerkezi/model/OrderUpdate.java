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
package io.github.cameliletimerkezi.model;

import java.time.Instant;

/**
 * An order reached a final state: sending completed (114), the order failed (115), or the provider does not know the
 * order (455, reported for orders this component sent). The counters are those of the last report: 0 for a counter
 * the provider left empty (as it does for zero), null when the provider gave none.
 *
 * @param orderId     the order
 * @param statusCode  114, 115 or 455
 * @param total       recipients in the order
 * @param delivered   recipients delivered
 * @param undelivered recipients not delivered
 * @param waiting     recipients still waiting (0 or null once the order is final)
 * @param price       the price as the provider writes it: an integer ({@code 2}), a decimal with a comma
 *                    ({@code 0,0000}), or empty for zero
 * @param seenAt      when the report consumer saw the state
 */
public record OrderUpdate(String orderId, int statusCode, Integer total, Integer delivered, Integer undelivered,
        Integer waiting, String price, Instant seenAt) {

    /** The documented order state, or null for 455 (order not found). */
    public OrderStatus status() {
        return OrderStatus.fromCode(statusCode);
    }

    /** What the state means: the provider's order-status text, or its request-status text for 455. */
    public String meaning() {
        OrderStatus status = status();
        return status != null ? status.providerMessage() : StatusCodes.providerMessage(statusCode);
    }

    public boolean isCompleted() {
        return statusCode == OrderStatus.COMPLETED.code();
    }

    public boolean isNotFound() {
        return statusCode == StatusCodes.ORDER_NOT_FOUND;
    }
}
