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

import io.github.cameliletimerkezi.model.DeliveryUpdate;
import io.github.cameliletimerkezi.model.OrderUpdate;
import io.github.cameliletimerkezi.report.UpdateHeaders;
import org.apache.camel.Message;

/**
 * The headers of the report, webhook and inbox consumers' messages, under the names {@link IletiMerkeziConstants}
 * documents.
 */
public final class UpdateMessageHeaders implements UpdateHeaders {

    /** The one instance; it holds no state. */
    public static final UpdateHeaders INSTANCE = new UpdateMessageHeaders();

    private UpdateMessageHeaders() {
    }

    @Override
    public void recipient(Message message, DeliveryUpdate update) {
        message.setHeader(IletiMerkeziConstants.UPDATE_TYPE, IletiMerkeziConstants.UPDATE_TYPE_RECIPIENT);
        message.setHeader(IletiMerkeziConstants.ORDER_ID, update.orderId());
        message.setHeader(IletiMerkeziConstants.RECIPIENT, update.number());
        message.setHeader(IletiMerkeziConstants.DELIVERY_STATUS, update.statusCode());
    }

    @Override
    public void order(Message message, OrderUpdate update) {
        message.setHeader(IletiMerkeziConstants.UPDATE_TYPE, IletiMerkeziConstants.UPDATE_TYPE_ORDER);
        message.setHeader(IletiMerkeziConstants.ORDER_ID, update.orderId());
        message.setHeader(IletiMerkeziConstants.ORDER_STATUS, update.statusCode());
    }

    @Override
    public void key(Message message, String key) {
        message.setHeader(IletiMerkeziConstants.UPDATE_KEY, key);
    }
}
