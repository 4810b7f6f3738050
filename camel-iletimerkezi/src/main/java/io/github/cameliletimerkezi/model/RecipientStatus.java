package io.github.cameliletimerkezi.model;

/**
 * One row of an order report: a number and its delivery status code.
 *
 * @param number the number as the provider reports it (often {@code +90...})
 * @param status the delivery status code (110, 111 or 112)
 */
public record RecipientStatus(String number, int status) {

    /** The documented state for the code, or null for an undocumented code. */
    public DeliveryStatus deliveryStatus() {
        return DeliveryStatus.fromCode(status);
    }
}
