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
