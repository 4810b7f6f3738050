package io.github.cameliletimerkezi.report;

import io.github.cameliletimerkezi.IletiMerkeziConstants;
import io.github.cameliletimerkezi.IletiMerkeziEndpoint;
import io.github.cameliletimerkezi.IletiMerkeziConfiguration;
import java.time.Clock;
import java.util.List;
import java.util.function.BiConsumer;

import io.github.cameliletimerkezi.report.ReportPoller.Emission;
import io.github.cameliletimerkezi.report.ReportPoller.Outcome;
import io.github.cameliletimerkezi.report.TrackedOrders.TrackedOrder;
import io.github.cameliletimerkezi.client.IletiMerkeziException;
import io.github.cameliletimerkezi.model.DeliveryUpdate;
import io.github.cameliletimerkezi.model.OrderUpdate;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.ScheduledPollConsumer;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.apache.camel.support.service.ServiceHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls the delivery reports of the orders it follows and emits one exchange per recipient that reached a final
 * status, and one per order that did. An update is recorded in the idempotent repository only after the route
 * processed it; a failed update comes again on the next poll. API errors and network failures are thrown from
 * {@link #poll()}, so backoff, the poll strategy, the exception handler and health checks see them.
 */
public class IletiMerkeziReportConsumer extends ScheduledPollConsumer {

    private static final Logger LOG = LoggerFactory.getLogger(IletiMerkeziReportConsumer.class);

    private final IletiMerkeziConfiguration configuration;
    private final BiConsumer<String, OrderSource> follower = this::follow;
    private IdempotentRepository idempotentRepository;
    private StateRepository<String, String> stateRepository;
    private TrackedOrders trackedOrders;
    private volatile ReportPoller poller;

    public IletiMerkeziReportConsumer(IletiMerkeziEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
        this.configuration = endpoint.getConfiguration();
    }

    @Override
    public IletiMerkeziEndpoint getEndpoint() {
        return (IletiMerkeziEndpoint) super.getEndpoint();
    }

    /** The orders followed now, for monitoring and tests. */
    public List<String> getTrackedOrderIds() {
        return trackedOrders.snapshot().stream().map(TrackedOrder::id).toList();
    }

    @Override
    protected void doStart() throws Exception {
        // without a repository of its own, the consumer shares the component's with the webhook receiver
        idempotentRepository = configuration.getIdempotentRepository() != null
                ? configuration.getIdempotentRepository()
                : getEndpoint().getComponent().getDeliveryUpdates().repository();
        stateRepository = configuration.getStateRepository() != null
                ? configuration.getStateRepository() : new MemoryStateRepository();
        ServiceHelper.startService(idempotentRepository, stateRepository);
        trackedOrders = new TrackedOrders(stateRepository);
        trackedOrders.load();
        if (configuration.getOrderId() != null) {
            for (String orderId : configuration.getOrderId().split(",")) {
                if (!orderId.isBlank()) {
                    trackedOrders.add(orderId.trim(), OrderSource.OPTION);
                }
            }
        }
        getEndpoint().getComponent().getOrderFeed().subscribe(follower);
        super.doStart();
    }

    @Override
    protected void doStop() throws Exception {
        super.doStop();
        getEndpoint().getComponent().getOrderFeed().unsubscribe(follower);
        poller = null;
        if (idempotentRepository != getEndpoint().getComponent().getDeliveryUpdates().repository()) {
            ServiceHelper.stopService(idempotentRepository);
        }
        ServiceHelper.stopService(stateRepository);
    }

    private void follow(String orderId, OrderSource source) {
        if (source == OrderSource.SEND && !configuration.isTrackSentOrders()) {
            return;
        }
        if (trackedOrders.add(orderId, source)) {
            LOG.debug("Following the delivery report of order {} ({})", orderId, source);
        }
    }

    @Override
    protected int poll() throws Exception {
        ReportPoller reports = poller;
        if (reports == null) {
            reports = new ReportPoller(getEndpoint().getClient(), configuration.getRowCount(), Clock.systemUTC());
            poller = reports;
        }
        int emitted = 0;
        for (TrackedOrder order : trackedOrders.snapshot()) {
            ReportPoller.Result result;
            try {
                result = reports.poll(order, trackedOrders, this::emit);
            } catch (IletiMerkeziException e) {
                throw new ReportPollException(e);
            }
            emitted += result.emitted();
            if (result.outcome() == Outcome.FINISHED) {
                trackedOrders.remove(order.id());
                LOG.debug("Order {} is final; no longer followed", order.id());
            }
        }
        return emitted;
    }

    private Emission emit(String key, Object update) {
        // the webhook receiver may emit the same update at the same time
        synchronized (getEndpoint().getComponent().getDeliveryUpdates().lock(key)) {
            return emitOnce(key, update);
        }
    }

    private Emission emitOnce(String key, Object update) {
        if (idempotentRepository.contains(key)) {
            return Emission.ALREADY_EMITTED;
        }
        Exchange exchange = createExchange(false);
        try {
            fill(exchange.getMessage(), update);
            try {
                getProcessor().process(exchange);
            } catch (Exception e) {
                exchange.setException(e);
            }
            if (exchange.getException() != null) {
                getExceptionHandler().handleException(
                        "The route failed on delivery update " + key + "; it comes again on the next poll", exchange,
                        exchange.getException());
                return Emission.FAILED;
            }
            idempotentRepository.add(key);
            return Emission.EMITTED;
        } finally {
            releaseExchange(exchange, false);
        }
    }

    private static void fill(Message message, Object update) {
        message.setBody(update);
        if (update instanceof DeliveryUpdate delivery) {
            message.setHeader(IletiMerkeziConstants.UPDATE_TYPE, IletiMerkeziConstants.UPDATE_TYPE_RECIPIENT);
            message.setHeader(IletiMerkeziConstants.ORDER_ID, delivery.orderId());
            message.setHeader(IletiMerkeziConstants.RECIPIENT, delivery.number());
            message.setHeader(IletiMerkeziConstants.DELIVERY_STATUS, delivery.statusCode());
        } else if (update instanceof OrderUpdate order) {
            message.setHeader(IletiMerkeziConstants.UPDATE_TYPE, IletiMerkeziConstants.UPDATE_TYPE_ORDER);
            message.setHeader(IletiMerkeziConstants.ORDER_ID, order.orderId());
            message.setHeader(IletiMerkeziConstants.ORDER_STATUS, order.statusCode());
        }
    }
}
