package io.github.cameliletimerkezi;

import java.io.IOException;

import io.github.cameliletimerkezi.client.IletiMerkeziException;
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
        IletiMerkeziResponse response = switch (operation) {
            case send -> client.send(SendRequestReader.read(message, configuration));
            case cancel -> client.cancel(OrderIdReader.read(message, configuration));
            case balance -> client.balance();
            case report -> client.report(OrderIdReader.read(message, configuration),
                    intHeader(message, IletiMerkeziConstants.PAGE, configuration.getPage()),
                    intHeader(message, IletiMerkeziConstants.ROW_COUNT, configuration.getRowCount()));
            case senders -> client.senders();
            case account -> client.account();
            case status -> null;
        };
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
        if (operation == IletiMerkeziOperation.send && !response.isError() && response.getOrderId() != null) {
            getEndpoint().getComponent().getOrderFeed().publish(response.getOrderId(), OrderSource.SEND);
        } else if (operation == IletiMerkeziOperation.report
                   && Boolean.TRUE.equals(message.getHeader(IletiMerkeziConstants.TRACK_ORDER, Boolean.class))) {
            // whatever this page says (456 for a scheduled order), the consumer follows the order until it is final
            getEndpoint().getComponent().getOrderFeed().publish(response.getOrderId(), OrderSource.API);
        }
        if (response.isError() && configuration.isThrowExceptionOnFailure()) {
            throw new IletiMerkeziException(response);
        }
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

    private static int intHeader(Message message, String name, int fallback) {
        Object value = message.getHeader(name);
        if (value == null) {
            return fallback;
        }
        if (value instanceof Number number) {
            return number.intValue();
        }
        try {
            return Integer.parseInt(value.toString().trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " '" + value + "' is not a whole number");
        }
    }
}
