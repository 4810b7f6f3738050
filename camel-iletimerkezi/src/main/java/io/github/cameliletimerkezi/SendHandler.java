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

import java.io.IOException;
import java.time.Instant;
import java.util.List;

import io.github.cameliletimerkezi.api.IletiMerkeziClient;
import io.github.cameliletimerkezi.client.IletiMerkeziTransportException;
import io.github.cameliletimerkezi.api.SendRequestCheck;
import io.github.cameliletimerkezi.largeorders.OrderSplitter;
import io.github.cameliletimerkezi.metrics.ComponentMetrics;
import io.github.cameliletimerkezi.model.IletiMerkeziResponse;
import io.github.cameliletimerkezi.model.SendRequest;
import io.github.cameliletimerkezi.model.SendTimeFormat;
import io.github.cameliletimerkezi.pace.AccountPaces;
import io.github.cameliletimerkezi.parts.SendEstimate;
import io.github.cameliletimerkezi.report.OrderSource;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * The {@code send} operation: checks the order and puts its cost on the message, waits for the account's pace, sends
 * it (split into several orders when it is too large and the endpoint allows it), counts it in the meters and hands
 * each accepted order to the report consumers.
 */
final class SendHandler implements OperationHandler {

    private final IletiMerkeziComponent component;

    SendHandler(IletiMerkeziComponent component) {
        this.component = component;
    }

    @Override
    public void handle(Exchange exchange, IletiMerkeziClient client, IletiMerkeziConfiguration configuration)
            throws Exception {
        Message message = exchange.getMessage();
        SendRequest request = SendRequestReader.read(message, configuration);
        SendEstimate estimate = SendEstimate.checked(request);
        Answers.putCost(message, estimate);
        if (configuration.isSplitLargeOrders() && request.recipientCount() > SendRequest.MAX_RECIPIENTS) {
            sendInChunks(exchange, client, configuration, request);
            return;
        }
        pace(configuration, request.recipientCount());
        IletiMerkeziResponse response = sendCounted(client, request, estimate);
        // the send's result is on the message before anything else can fail: a failure after this point must not
        // make an error handler send a paid SMS again
        Answers.put(message, response);
        if (!response.isError() && response.getOrderId() != null) {
            component.getOrderFeed().publish(response.getOrderId(), OrderSource.SEND, sendTime(request));
        }
        Answers.raiseIfFailed(response, configuration);
    }

    /**
     * An order of more than {@value SendRequest#MAX_RECIPIENTS} recipients as several orders, in recipient order,
     * after every chunk was checked. Stops at the first chunk the provider refuses (or the first network failure): the
     * chunks before it are accepted orders, the recipients from it on were not sent, and a redelivery of the exchange
     * sends only those (see {@link SplitSend}). The body becomes the list of answers; CamelIletiMerkeziOrderIds lists
     * the accepted orders as they are accepted.
     */
    private void sendInChunks(Exchange exchange, IletiMerkeziClient client, IletiMerkeziConfiguration configuration,
                              SendRequest request) throws Exception {
        List<SendRequest> chunks = OrderSplitter.split(request);
        chunks.forEach(SendRequestCheck::check);
        SplitSend.send(exchange, request, chunks, chunk -> {
            pace(configuration, chunk.recipientCount());
            return sendCounted(client, chunk, null);
        }, orderId -> component.getOrderFeed().publish(orderId, OrderSource.SEND, sendTime(request)),
                configuration.isThrowExceptionOnFailure());
    }

    /**
     * When a scheduled order goes out, so the report consumers do not ask for its report before then (the provider
     * answers 456 until its send time); null for an order sent at once. Called after the order was accepted, so it
     * never throws: an exception here would fail an exchange whose SMS went out, and a redelivery would pay it again.
     */
    private static Instant sendTime(SendRequest request) {
        String time = request.getSendDateTime();
        if (time == null || time.isBlank()) {
            return null;
        }
        try {
            return SendTimeFormat.toInstant(time);
        } catch (IllegalArgumentException e) {
            // the order went out with this time, so it was readable; should it not be, the 456 backoff takes over
            return null;
        }
    }

    /** One send request, counted in the meters by its outcome; {@code estimate} is computed here when null. */
    private IletiMerkeziResponse sendCounted(IletiMerkeziClient client, SendRequest request, SendEstimate estimate)
            throws IOException {
        ComponentMetrics metrics = component.getMetrics();
        if (!metrics.enabled()) {
            return client.send(request);
        }
        SendEstimate order = estimate != null ? estimate : SendEstimate.of(request);
        IletiMerkeziResponse response;
        try {
            response = client.send(request);
        } catch (IletiMerkeziTransportException e) {
            metrics.sendFailed(order, e);
            throw e;
        }
        metrics.sendAnswered(order, response);
        return response;
    }

    private void pace(IletiMerkeziConfiguration configuration, int recipients) throws InterruptedException {
        if (configuration.getPace() > 0) {
            String account = AccountPaces.accountKey(configuration.getBaseUrl(), configuration.getPublicKey(),
                    configuration.getUsername());
            component.getAccountPaces().of(account).acquire(recipients, configuration.getPace());
        }
    }
}
