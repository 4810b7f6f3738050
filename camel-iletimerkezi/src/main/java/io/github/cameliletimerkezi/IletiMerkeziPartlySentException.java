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

import java.util.ArrayList;
import java.util.List;

import io.github.cameliletimerkezi.client.IletiMerkeziException;
import io.github.cameliletimerkezi.client.IletiMerkeziNotSentException;
import io.github.cameliletimerkezi.model.SendRequest;
import io.github.cameliletimerkezi.model.SmsMessage;

/**
 * A send split into several orders ({@code splitLargeOrders}) stopped part-way: the orders in
 * {@link #getAcceptedOrderIds()} were accepted (and will be paid), the recipients of {@link #getUnsentOrder()} were not
 * sent. The cause is why the first unsent order failed: the provider's refusal ({@link IletiMerkeziException}), or a
 * transport failure ({@link IletiMerkeziNotSentException} when that order never left).
 * <p>
 * Redelivering the same exchange is safe: the producer remembers the accepted orders on the exchange and sends only the
 * rest. A new exchange knows nothing of them; send {@link #getUnsentOrder()} in it, never the whole order again.
 * <p>
 * Deliberately not an {@link IletiMerkeziNotSentException}: part of the order was sent.
 */
public class IletiMerkeziPartlySentException extends IletiMerkeziException {

    private static final long serialVersionUID = 1L;

    private final List<String> acceptedOrderIds;
    private final transient SendRequest unsentOrder;
    private final boolean remainderNotSent;

    /**
     * @param remainderNotSent whether the failed order is known not to have been sent (refused by the provider, or
     *                         never left); false when its outcome is unknown
     */
    public IletiMerkeziPartlySentException(List<String> acceptedOrderIds, SendRequest unsentOrder, boolean remainderNotSent,
                                           int statusCode, Throwable cause) {
        super("İleti Merkezi send was split into orders and stopped part-way: " + acceptedOrderIds.size()
              + " order(s) accepted " + acceptedOrderIds + ", " + unsentOrder.recipientCount() + " recipient(s) "
              + (remainderNotSent ? "not sent" : "of unknown outcome from the failed order on")
              + "; redeliver the same exchange (it sends only the rest) or send getUnsentOrder(), not the whole order: "
              + cause.getMessage(), "send", statusCode, cause);
        this.acceptedOrderIds = List.copyOf(acceptedOrderIds);
        this.unsentOrder = unsentOrder;
        this.remainderNotSent = remainderNotSent;
    }

    /** The ids of the orders the provider accepted, in recipient order, over every delivery of the exchange. */
    public List<String> getAcceptedOrderIds() {
        return acceptedOrderIds;
    }

    /** The recipients not sent, with the sender, send time and İYS settings of the original order. */
    public SendRequest getUnsentOrder() {
        return unsentOrder;
    }

    /** The numbers not sent, in order. */
    public List<String> getUnsentRecipients() {
        List<String> numbers = new ArrayList<>(unsentOrder.recipientCount());
        for (SmsMessage message : unsentOrder.getMessages()) {
            numbers.addAll(message.recipients());
        }
        return numbers;
    }

    /**
     * True when the failed order is known not to have reached the provider (it refused it, or the request never left);
     * false when the request may have been acted on ({@code IletiMerkeziOutcomeUnknownException} as the cause).
     */
    public boolean isRemainderNotSent() {
        return remainderNotSent;
    }
}
