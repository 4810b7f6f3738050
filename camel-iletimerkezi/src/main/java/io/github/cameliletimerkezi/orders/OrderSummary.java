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
package io.github.cameliletimerkezi.orders;

import io.github.cameliletimerkezi.model.OrderStatus;

/**
 * One order of the account's order list ({@code get-reports}): its status and counters, without recipients.
 *
 * @param id          the order id
 * @param status      the order status code (113 sending, 114 completed, 115 failed), or null
 * @param total       recipients, or null when absent
 * @param delivered   delivered so far, or null
 * @param undelivered failed so far, or null
 * @param waiting     still waiting, or null
 * @param submitAt    when it was submitted ({@code yyyy-MM-dd HH:mm:ss}, Turkish time), or null
 * @param sendAt      when it was (or will be) sent, or null
 * @param sender      its sender, or null
 */
public record OrderSummary(String id, Integer status, Integer total, Integer delivered, Integer undelivered,
        Integer waiting, String submitAt, String sendAt, String sender) {

    /** The documented order state, or null for an absent or undocumented code. */
    public OrderStatus orderStatus() {
        return OrderStatus.fromCode(status);
    }
}
