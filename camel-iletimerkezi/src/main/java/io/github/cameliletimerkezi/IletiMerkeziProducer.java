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

import io.github.cameliletimerkezi.client.IletiMerkeziException;
import io.github.cameliletimerkezi.client.IletiMerkeziTransportException;
import io.github.cameliletimerkezi.metrics.ComponentMetrics;
import java.util.ArrayList;
import java.util.List;

import io.github.cameliletimerkezi.model.SendRequest;
import io.github.cameliletimerkezi.parts.SendEstimate;
import io.github.cameliletimerkezi.consent.ConsentCalls;
import io.github.cameliletimerkezi.consent.ConsentRecord;
import io.github.cameliletimerkezi.client.SendRequestCheck;
import io.github.cameliletimerkezi.largeorders.OrderSplitter;
import io.github.cameliletimerkezi.largeorders.SplitSend;
import io.github.cameliletimerkezi.request.Headers;
import io.github.cameliletimerkezi.request.BlacklistRequestReader;
import io.github.cameliletimerkezi.request.ConsentRequestReader;
import io.github.cameliletimerkezi.orders.OrderList;
import io.github.cameliletimerkezi.pace.AccountPaces;
import io.github.cameliletimerkezi.request.EstimateRequestReader;
import io.github.cameliletimerkezi.request.InboxRequestReader;
import io.github.cameliletimerkezi.request.OrderListReader;
import io.github.cameliletimerkezi.model.StatusCodes;
import io.github.cameliletimerkezi.request.OrderIdReader;
import io.github.cameliletimerkezi.request.SendRequestReader;
import io.github.cameliletimerkezi.report.OrderSource;
import io.github.cameliletimerkezi.client.IletiMerkeziClient;
import io.github.cameliletimerkezi.model.IletiMerkeziResponse;
import io.github.cameliletimerkezi.health.IletiMerkeziProducerHealthCheck;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.WritableHealthCheckRepository;
import org.apache.camel.support.DefaultProducer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the endpoint's operation (or the one the {@code CamelIletiMerkeziOperation} header names) and puts the
 * {@link IletiMerkeziResponse} in the body, with the status code, status message and order id as headers. Input is
 * checked before any request is made.
 */
public class IletiMerkeziProducer extends DefaultProducer {

    private static final Logger LOG = LoggerFactory.getLogger(IletiMerkeziProducer.class);

    private WritableHealthCheckRepository healthCheckRepository;
    private IletiMerkeziProducerHealthCheck healthCheck;

    public IletiMerkeziProducer(IletiMerkeziEndpoint endpoint) {
        super(endpoint);
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        // the meters are registered from the start, so a scrape before the first send shows them
        getEndpoint().getComponent().getMetrics();
        // health checks are optional: the producers repository exists only when camel-health is present
        healthCheckRepository = HealthCheckHelper.getHealthCheckRepository(getEndpoint().getCamelContext(), "producers",
                WritableHealthCheckRepository.class);
        if (healthCheckRepository != null) {
            healthCheck = new IletiMerkeziProducerHealthCheck(getEndpoint(), getEndpoint().getId());
            healthCheck.setEnabled(getEndpoint().getComponent().isHealthCheckProducerEnabled());
            healthCheckRepository.addHealthCheck(healthCheck);
        }
    }

    @Override
    protected void doStop() throws Exception {
        if (healthCheckRepository != null && healthCheck != null) {
            healthCheckRepository.removeHealthCheck(healthCheck);
            healthCheck = null;
        }
        super.doStop();
    }

    @Override
    public IletiMerkeziEndpoint getEndpoint() {
        return (IletiMerkeziEndpoint) super.getEndpoint();
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        IletiMerkeziConfiguration configuration = getEndpoint().getConfiguration();
        IletiMerkeziClient client = getEndpoint().getClient();
        Message message = exchange.getMessage();
        IletiMerkeziOperation operation = operation(message, configuration);
        if (operation == IletiMerkeziOperation.addToBlacklist || operation == IletiMerkeziOperation.removeFromBlacklist) {
            changeBlacklist(operation, message, client, configuration);
            return;
        }
        if (operation == IletiMerkeziOperation.estimate) {
            SendEstimate estimate = EstimateRequestReader.read(message, configuration);
            setCostHeaders(message, estimate);
            message.setBody(estimate);
            return;
        }
        if (operation == IletiMerkeziOperation.addConsent) {
            addConsent(message, client, configuration);
            return;
        }
        if (operation == IletiMerkeziOperation.orders) {
            OrderList orders = OrderListReader.read(message, client);
            message.setHeader(IletiMerkeziConstants.STATUS_CODE, orders.firstAnswer().getCode());
            message.setHeader(IletiMerkeziConstants.STATUS_MESSAGE, orders.firstAnswer().getMessage());
            message.setBody(orders);
            return;
        }
        IletiMerkeziResponse response;
        if (operation == IletiMerkeziOperation.send) {
            SendRequest request = SendRequestReader.read(message, configuration);
            SendEstimate estimate = SendEstimate.checked(request);
            setCostHeaders(message, estimate);
            if (configuration.isSplitLargeOrders() && request.recipientCount() > OrderSplitter.MAX_RECIPIENTS) {
                sendInChunks(exchange, client, configuration, request);
                return;
            }
            pace(configuration, request.recipientCount());
            response = sendCounted(client, request, estimate);
        } else {
            response = dispatch(operation, message, client, configuration);
        }
        handleAnswer(operation, message, client, configuration, response);
    }

    private IletiMerkeziResponse dispatch(IletiMerkeziOperation operation, Message message, IletiMerkeziClient client,
                                          IletiMerkeziConfiguration configuration) throws Exception {
        return switch (operation) {
            case send -> throw new IllegalStateException("send is handled before");
            case cancel -> client.cancel(OrderIdReader.read(message, configuration));
            case balance -> client.balance();
            case report -> client.report(OrderIdReader.read(message, configuration),
                    Headers.intValue(message, IletiMerkeziConstants.PAGE, configuration.getPage()),
                    Headers.intValue(message, IletiMerkeziConstants.ROW_COUNT, configuration.getRowCount()));
            case senders -> client.senders();
            case account -> client.account();
            case blacklist -> client.blacklist(BlacklistRequestReader.query(message, configuration));
            case consent -> client.consent(configuration.getBrandCode(), ConsentRequestReader.query(message, configuration));
            case inbox -> client.inbox(InboxRequestReader.query(message, configuration));
            case webhook -> throw new IllegalArgumentException(
                    "webhook is a consumer: use from(\"iletimerkezi:webhook?path=...\") to receive the provider's push");
            case status, addToBlacklist, removeFromBlacklist, estimate, orders, addConsent -> null;
        };
    }

    private void handleAnswer(IletiMerkeziOperation operation, Message message, IletiMerkeziClient client,
                              IletiMerkeziConfiguration configuration, IletiMerkeziResponse response) throws Exception {
        if (response == null) {
            message.setBody(serviceUp(client));
            return;
        }
        // the send's result is on the message before anything else can fail: a failure after this point must not
        // make an error handler send a paid SMS again
        message.setHeader(IletiMerkeziConstants.STATUS_CODE, response.getCode());
        message.setHeader(IletiMerkeziConstants.STATUS_MESSAGE, response.getMessage());
        if (response.getOrderId() != null) {
            message.setHeader(IletiMerkeziConstants.ORDER_ID, response.getOrderId());
        }
        message.setBody(response);
        if (operation == IletiMerkeziOperation.balance && response.getBalance() != null) {
            getEndpoint().getComponent().getMetrics().balanceSeen(response.getBalance().sms(), response.getBalance().amount());
        }
        if (operation == IletiMerkeziOperation.send && !response.isError() && response.getOrderId() != null) {
            getEndpoint().getComponent().getOrderFeed().publish(response.getOrderId(), OrderSource.SEND);
        } else if (operation == IletiMerkeziOperation.report
                   && Boolean.TRUE.equals(message.getHeader(IletiMerkeziConstants.TRACK_ORDER, Boolean.class))) {
            // whatever this page says (456 for a scheduled order), the consumer follows the order until it is final
            getEndpoint().getComponent().getOrderFeed().publish(response.getOrderId(), OrderSource.API);
        }
        // no consent record is an answer, not a failure
        boolean noRecord = operation == IletiMerkeziOperation.consent && response.getCode() == ConsentCalls.NO_RECORD;
        if (response.isError() && !noRecord && configuration.isThrowExceptionOnFailure()) {
            throw new IletiMerkeziException(response);
        }
    }

    /**
     * One call per {@value ConsentCalls#MAX_RECORDS} records, after every record was checked; stops at the first
     * failure (403 without an İYS subscription fails them all). The body becomes the answer (one call) or the list of
     * answers; the status headers carry the failure, else 200.
     */
    private static void addConsent(Message message, IletiMerkeziClient client, IletiMerkeziConfiguration configuration)
            throws Exception {
        List<ConsentRecord> records = ConsentRequestReader.records(message);
        List<IletiMerkeziResponse> answers = new ArrayList<>();
        IletiMerkeziResponse failure = null;
        for (int from = 0; from < records.size() && failure == null; from += ConsentCalls.MAX_RECORDS) {
            IletiMerkeziResponse answer = client.addConsent(configuration.getBrandCode(),
                    records.subList(from, Math.min(from + ConsentCalls.MAX_RECORDS, records.size())));
            answers.add(answer);
            failure = answer.isError() ? answer : null;
        }
        IletiMerkeziResponse shown = failure != null ? failure : answers.get(0);
        message.setHeader(IletiMerkeziConstants.STATUS_CODE, shown.getCode());
        message.setHeader(IletiMerkeziConstants.STATUS_MESSAGE, shown.getMessage());
        message.setBody(answers.size() == 1 ? answers.get(0) : answers);
        if (failure != null && configuration.isThrowExceptionOnFailure()) {
            throw new IletiMerkeziException(failure);
        }
    }

    /**
     * One call per number, as the API takes them, after every number was checked. The body becomes the answer (one
     * number) or the list of answers in the numbers' order; the status headers carry the first failure, else 200, and
     * that failure is raised after every number was tried.
     */
    private static void changeBlacklist(IletiMerkeziOperation operation, Message message, IletiMerkeziClient client,
                                        IletiMerkeziConfiguration configuration) throws Exception {
        List<String> numbers = BlacklistRequestReader.numbers(message);
        boolean single = numbers.size() == 1 && BlacklistRequestReader.isSingle(message);
        List<IletiMerkeziResponse> answers = new ArrayList<>(numbers.size());
        IletiMerkeziResponse firstFailure = null;
        for (String number : numbers) {
            IletiMerkeziResponse answer = operation == IletiMerkeziOperation.addToBlacklist
                    ? client.addToBlacklist(number) : client.removeFromBlacklist(number);
            answers.add(answer);
            if (answer.isError() && firstFailure == null) {
                firstFailure = answer;
            }
        }
        IletiMerkeziResponse shown = firstFailure != null ? firstFailure : answers.get(0);
        message.setHeader(IletiMerkeziConstants.STATUS_CODE, shown.getCode());
        message.setHeader(IletiMerkeziConstants.STATUS_MESSAGE, shown.getMessage());
        message.setBody(single ? answers.get(0) : answers);
        if (firstFailure != null && configuration.isThrowExceptionOnFailure()) {
            throw new IletiMerkeziException(firstFailure);
        }
    }

    /**
     * An order of more than {@value OrderSplitter#MAX_RECIPIENTS} recipients as several orders, in recipient order,
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
        }, orderId -> getEndpoint().getComponent().getOrderFeed().publish(orderId, OrderSource.SEND),
                configuration.isThrowExceptionOnFailure());
    }

    /** One send request, counted in the meters by its outcome; {@code estimate} is computed here when null. */
    private IletiMerkeziResponse sendCounted(IletiMerkeziClient client, SendRequest request, SendEstimate estimate)
            throws IOException {
        ComponentMetrics metrics = getEndpoint().getComponent().getMetrics();
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
            getEndpoint().getComponent().getAccountPaces().of(account).acquire(recipients, configuration.getPace());
        }
    }

    private static void setCostHeaders(Message message, SendEstimate estimate) {
        message.setHeader(IletiMerkeziConstants.PARTS, estimate.parts());
        message.setHeader(IletiMerkeziConstants.CREDITS, estimate.credits());
    }

    /**
     * Up when a balance query answers 200, down when the service answers 5xx or cannot be reached. Any other answer
     * (wrong credentials, no subscription) is a configuration error, not an outage, and raises IletiMerkeziException.
     */
    private boolean serviceUp(IletiMerkeziClient client) {
        IletiMerkeziResponse balance;
        try {
            balance = client.balance();
        } catch (IletiMerkeziException | IOException e) {
            LOG.debug("İleti Merkezi status: {}", e.getMessage());
            return false;
        }
        if (balance.getCode() == StatusCodes.OK) {
            return true;
        }
        if (balance.getCode() >= 500) {
            return false;
        }
        throw new IletiMerkeziException(balance);
    }

    private static IletiMerkeziOperation operation(Message message, IletiMerkeziConfiguration configuration) {
        Object header = message.getHeader(IletiMerkeziConstants.OPERATION);
        return header == null
                ? configuration.getOperation()
                : IletiMerkeziOperation.parse(header, "The " + IletiMerkeziConstants.OPERATION + " header");
    }
}
