package io.github.cameliletimerkezi.request;

import io.github.cameliletimerkezi.IletiMerkeziConstants;
import io.github.cameliletimerkezi.IletiMerkeziConfiguration;
import io.github.cameliletimerkezi.model.IletiMerkeziResponse;
import org.apache.camel.Message;

/**
 * Finds the order a cancel or report acts on: the {@code CamelIletiMerkeziOrderId} header, else the body (an id, or
 * the {@link IletiMerkeziResponse} of a send), else the endpoint's orderId option.
 */
public final class OrderIdReader {

    private OrderIdReader() {
    }

    public static String read(Message message, IletiMerkeziConfiguration configuration) {
        String id = text(message.getHeader(IletiMerkeziConstants.ORDER_ID));
        if (id == null) {
            Object body = message.getBody();
            id = body instanceof IletiMerkeziResponse response ? response.getOrderId()
                    : body instanceof CharSequence || body instanceof Number ? text(body) : null;
        }
        if (id == null) {
            id = text(configuration.getOrderId());
        }
        if (id == null) {
            throw new IllegalArgumentException("orderId is missing: set the " + IletiMerkeziConstants.ORDER_ID
                                               + " header, put the order id in the body, or set the orderId option");
        }
        return id;
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        String text = value.toString().trim();
        return text.isEmpty() ? null : text;
    }
}
