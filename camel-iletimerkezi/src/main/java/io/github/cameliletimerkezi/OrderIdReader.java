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
package io.github.cameliletimerkezi;

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
