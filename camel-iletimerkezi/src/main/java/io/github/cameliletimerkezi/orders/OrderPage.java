package io.github.cameliletimerkezi.orders;

import java.util.List;

/**
 * One page of the order list of one date window.
 *
 * @param count  how many orders the window holds, or null when absent
 * @param orders this page's orders
 */
public record OrderPage(Integer count, List<OrderSummary> orders) {

    public OrderPage {
        orders = orders == null ? List.of() : List.copyOf(orders);
    }
}
