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
