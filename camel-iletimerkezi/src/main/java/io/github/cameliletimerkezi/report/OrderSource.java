package io.github.cameliletimerkezi.report;

/**
 * Why the report consumer follows an order.
 */
public enum OrderSource {
    /** Sent through an {@code iletimerkezi:send} producer of the same component. */
    SEND,
    /** Named by the consumer's {@code orderId} option. */
    OPTION,
    /** Handed over at run time: {@link io.github.cameliletimerkezi.IletiMerkeziComponent#trackOrder(String)} or the track header. */
    API
}
