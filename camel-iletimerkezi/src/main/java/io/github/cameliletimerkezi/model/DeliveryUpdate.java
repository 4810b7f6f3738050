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
 * One recipient of an order reached a final delivery status: delivered (111) or undelivered (112).
 *
 * @param orderId    the order
 * @param number     the recipient as the provider reports it
 * @param statusCode the delivery status code
 * @param status     the documented state for the code
 * @param seenAt     when the report consumer saw the status
 */
public record DeliveryUpdate(String orderId, String number, int statusCode, DeliveryStatus status, Instant seenAt) {

    /**
     * The recipient's status within an order, {@code orderId/number/status} with the number in its canonical form
     * (the report and the push write it differently). It does not tell apart two messages of one order to the same
     * number; the consumers' update keys add the message's rank (see the CamelIletiMerkeziUpdateKey header).
     */
    public static String idempotentKey(String orderId, String number, int statusCode) {
        String canonical;
        try {
            canonical = MobileNumbers.canonical(number, "number");
        } catch (IllegalArgumentException e) {
            canonical = number == null ? "" : number.trim();
        }
        return orderId + "/" + canonical + "/" + statusCode;
    }

    /** This update's {@code orderId/number/status}; see {@link #idempotentKey(String, String, int)}. */
    public String idempotentKey() {
        return idempotentKey(orderId, number, statusCode);
    }

    /** The provider's meaning of the status, in Turkish. */
    public String meaning() {
        return status == null ? "unknown status " + statusCode : status.providerMessage();
    }

    public boolean isDelivered() {
        return status == DeliveryStatus.DELIVERED;
    }

    public boolean isFinal() {
        return status != null && status.isFinal();
    }
}
