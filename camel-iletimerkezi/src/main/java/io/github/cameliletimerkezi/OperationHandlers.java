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

import java.util.EnumMap;
import java.util.Map;

import io.github.cameliletimerkezi.api.IletiMerkeziClient;
import io.github.cameliletimerkezi.consent.ConsentCalls;
import io.github.cameliletimerkezi.model.IletiMerkeziResponse;
import io.github.cameliletimerkezi.orders.OrderList;
import io.github.cameliletimerkezi.parts.SendEstimate;
import io.github.cameliletimerkezi.report.OrderSource;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * The producer's handler for each {@link IletiMerkeziOperation}. The operations that are one call with one answer are
 * written here; those with a rule of their own (sending, calls per number or per batch, the status) have a class each.
 */
final class OperationHandlers {

    private OperationHandlers() {
    }

    /**
     * One handler for every operation, webhook included (it refuses to be produced to).
     *
     * @param component where the meters, the order feed and the account paces are looked up when a handler runs
     */
    static Map<IletiMerkeziOperation, OperationHandler> of(IletiMerkeziComponent component) {
        Map<IletiMerkeziOperation, OperationHandler> handlers = new EnumMap<>(IletiMerkeziOperation.class);
        handlers.put(IletiMerkeziOperation.send, new SendHandler(component));
        handlers.put(IletiMerkeziOperation.cancel, (exchange, client, configuration) -> cancel(exchange, client,
                configuration, component));
        handlers.put(IletiMerkeziOperation.balance, (exchange, client, configuration) -> balance(exchange, client,
                configuration, component));
        handlers.put(IletiMerkeziOperation.report, (exchange, client, configuration) -> report(exchange, client,
                configuration, component));
        handlers.put(IletiMerkeziOperation.status, new StatusHandler());
        handlers.put(IletiMerkeziOperation.account, Answers.of((message, client, configuration) -> client.account()));
        handlers.put(IletiMerkeziOperation.senders, Answers.of((message, client, configuration) -> client.senders()));
        handlers.put(IletiMerkeziOperation.blacklist, Answers.of((message, client, configuration) -> client.blacklist(
                BlacklistRequestReader.query(message, configuration))));
        handlers.put(IletiMerkeziOperation.addToBlacklist, new BlacklistChangeHandler(IletiMerkeziClient::addToBlacklist));
        handlers.put(IletiMerkeziOperation.removeFromBlacklist,
                new BlacklistChangeHandler(IletiMerkeziClient::removeFromBlacklist));
        handlers.put(IletiMerkeziOperation.estimate, OperationHandlers::estimate);
        handlers.put(IletiMerkeziOperation.orders, OperationHandlers::orders);
        handlers.put(IletiMerkeziOperation.addConsent, new AddConsentHandler());
        handlers.put(IletiMerkeziOperation.consent, OperationHandlers::consent);
        handlers.put(IletiMerkeziOperation.inbox, Answers.of((message, client, configuration) -> client.inbox(
                InboxRequestReader.query(message, configuration))));
        handlers.put(IletiMerkeziOperation.webhook, (exchange, client, configuration) -> {
            throw new IllegalArgumentException(
                    "webhook is a consumer: use from(\"iletimerkezi:webhook?path=...\") to receive the provider's push");
        });
        for (IletiMerkeziOperation operation : IletiMerkeziOperation.values()) {
            if (!handlers.containsKey(operation)) {
                throw new IllegalStateException("no producer handler for the operation " + operation);
            }
        }
        return handlers;
    }

    /** The balance is also a gauge, updated at every answer that has one. */
    private static void balance(Exchange exchange, IletiMerkeziClient client, IletiMerkeziConfiguration configuration,
                                IletiMerkeziComponent component) throws Exception {
        IletiMerkeziResponse response = client.balance();
        Answers.put(exchange.getMessage(), response);
        if (response.getBalance() != null) {
            component.getMetrics().balanceSeen(response.getBalance().sms(), response.getBalance().amount());
        }
        Answers.raiseIfFailed(response, configuration);
    }

    /**
     * A cancelled scheduled order is final now, not at its send time: the report consumers that follow it read it at
     * their next poll instead of waiting for the time it would have gone out.
     */
    private static void cancel(Exchange exchange, IletiMerkeziClient client, IletiMerkeziConfiguration configuration,
                               IletiMerkeziComponent component) throws Exception {
        String orderId = OrderIdReader.read(exchange.getMessage(), configuration);
        IletiMerkeziResponse response = client.cancel(orderId);
        Answers.put(exchange.getMessage(), response);
        if (!response.isError()) {
            component.getOrderFeed().due(orderId);
        }
        Answers.raiseIfFailed(response, configuration);
    }

    private static void report(Exchange exchange, IletiMerkeziClient client, IletiMerkeziConfiguration configuration,
                               IletiMerkeziComponent component) throws Exception {
        Message message = exchange.getMessage();
        IletiMerkeziResponse response = client.report(OrderIdReader.read(message, configuration),
                Headers.intValue(message, IletiMerkeziConstants.PAGE, configuration.getPage()),
                Headers.intValue(message, IletiMerkeziConstants.ROW_COUNT, configuration.getRowCount()));
        Answers.put(message, response);
        if (Boolean.TRUE.equals(message.getHeader(IletiMerkeziConstants.TRACK_ORDER, Boolean.class))) {
            // whatever this page says (456 for a scheduled order), the consumer follows the order until it is final
            component.getOrderFeed().publish(response.getOrderId(), OrderSource.API);
        }
        Answers.raiseIfFailed(response, configuration);
    }

    private static void consent(Exchange exchange, IletiMerkeziClient client, IletiMerkeziConfiguration configuration)
            throws Exception {
        Message message = exchange.getMessage();
        IletiMerkeziResponse response = client.consent(configuration.getBrandCode(),
                ConsentRequestReader.query(message, configuration));
        Answers.put(message, response);
        // no consent record is an answer, not a failure
        if (response.getCode() != ConsentCalls.NO_RECORD) {
            Answers.raiseIfFailed(response, configuration);
        }
    }

    /** Nothing is sent: the body becomes the parts and credits the send would cost. */
    private static void estimate(Exchange exchange, IletiMerkeziClient client, IletiMerkeziConfiguration configuration) {
        Message message = exchange.getMessage();
        SendEstimate estimate = EstimateRequestReader.read(message, configuration);
        Answers.putCost(message, estimate);
        message.setBody(estimate);
    }

    /** The body becomes a list read a page at a time as it is walked; the headers carry the first page's status. */
    private static void orders(Exchange exchange, IletiMerkeziClient client, IletiMerkeziConfiguration configuration)
            throws Exception {
        Message message = exchange.getMessage();
        OrderList orders = OrderListReader.read(message, client);
        Answers.putStatus(message, orders.firstAnswer());
        message.setBody(orders);
    }
}
