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

import java.math.BigDecimal;
import java.util.List;

/**
 * One page of an order's delivery report. The counters describe the whole order; {@link #recipients()} holds only
 * this page's rows.
 *
 * @param orderId     the order id
 * @param status      the order status code (113, 114, 115), or null when absent
 * @param total       recipients in the order, or null when absent
 * @param delivered   recipients delivered so far (0 when the provider leaves the counter empty, as it does for zero),
 *                    or null when absent
 * @param undelivered recipients that failed (0 when empty), or null when absent
 * @param waiting     recipients still waiting (0 when empty), or null when absent
 * @param submitAt    when the order was submitted ({@code yyyy-MM-dd HH:mm:ss}, Turkish time), or null
 * @param sendAt      when the order was (or will be) sent, or null
 * @param sender      the order's sender, or null
 * @param price       the price as the provider writes it: an integer ({@code 2}), a decimal with a comma
 *                    ({@code 0,0000}), or empty for zero; null when absent
 * @param recipients  this page's rows
 */
public record OrderReport(String orderId, Integer status, Integer total, Integer delivered, Integer undelivered,
        Integer waiting, String submitAt, String sendAt, String sender, String price, List<RecipientStatus> recipients) {

    public OrderReport {
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
    }

    /** The documented order state, or null for an absent or undocumented code. */
    public OrderStatus orderStatus() {
        return OrderStatus.fromCode(status);
    }

    /**
     * The price as a number, whichever form the provider wrote (integer, decimal comma or point, empty for zero), or
     * null when absent or unreadable.
     */
    public BigDecimal priceAmount() {
        if (price == null) {
            return null;
        }
        if (price.isBlank()) {
            return BigDecimal.ZERO;
        }
        try {
            return new BigDecimal(price.trim().replace(',', '.'));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** How many pages of {@code rowCount} rows the whole order spans, from {@link #total()}. */
    public int pageCount(int rowCount) {
        if (total == null || total <= 0) {
            return 1;
        }
        return (total + rowCount - 1) / rowCount;
    }
}
