package io.github.cameliletimerkezi.report;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;

import io.github.cameliletimerkezi.IletiMerkeziConfiguration;
import io.github.cameliletimerkezi.IletiMerkeziEndpoint;
import io.github.cameliletimerkezi.client.IletiMerkeziException;
import io.github.cameliletimerkezi.model.IletiMerkeziResponse;
import io.github.cameliletimerkezi.model.OrderUpdate;
import io.github.cameliletimerkezi.model.StatusCodes;
import io.github.cameliletimerkezi.report.OrderReads.Read;
import io.github.cameliletimerkezi.report.ReportPoller.Outcome;
import io.github.cameliletimerkezi.report.UpdateEmitter.Emission;
import org.apache.camel.Processor;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.LoggingExceptionHandler;
import org.apache.camel.support.ScheduledPollConsumer;
import org.apache.camel.support.service.ServiceHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls the delivery reports of the orders its stream follows and hands every final status to the
 * {@link UpdateEmitter} (one exchange per recipient row, one per order). The parts: {@link FollowedOrders} keeps the
 * orders in the {@link FollowedOrderStore}, {@link ChangeDetection} picks those the order list shows changed,
 * {@link OrderReads} reads them, {@link OrderBackoff} decides when each is read and when one is given up, and
 * {@link FailureClass} whose fault a failure is.
 * <p>
 * A failure of the whole account (401, 403, 429, 5xx, no answer, a repository that cannot be read or written) fails
 * the poll: nothing is dropped, Camel's backoff options apply, and the health check is DOWN with the cause until a
 * poll succeeds. A failure of one order's own (455, its report alone unreadable) backs that order off, logged at WARN;
 * only the age limit (maxOrderAge) ends an order that never becomes final.
 */
public class IletiMerkeziReportConsumer extends ScheduledPollConsumer {

    /** Polls that read every order on its own after the order list failed, before it is asked again. */
    public static final int ORDER_LIST_PAUSE_POLLS = ChangeDetection.ORDER_LIST_PAUSE_POLLS;
    /** The most orders taken from a shared hand-over in one poll. */
    private static final int HAND_OVER_BATCH = 1000;
    /** How long stopping waits for the update being handed to the route. */
    private static final long STOP_WAIT_SECONDS = 30;

    private static final Logger LOG = LoggerFactory.getLogger(IletiMerkeziReportConsumer.class);

    private final IletiMerkeziConfiguration configuration;
    private final OrderFeed.Follower follower = this::follow;
    private volatile Clock clock = Clock.systemUTC();
    private final Clock clockView = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return clock.withZone(zone);
        }

        @Override
        public Instant instant() {
            return clock.instant();
        }
    };
    private IdempotentRepository idempotentRepository;
    private FollowedOrderStore store;
    private boolean storeCreatedHere;
    private FollowedOrders followed;
    private UpdateEmitter emitter;
    private OrderBackoff backoff;
    private ReportPoller poller;
    private ChangeDetection changes;
    private OrderReads reads;
    private ExecutorService readers;
    private volatile boolean credentialsAccepted;
    // false until the repositories started and the followed orders were read: no poll asks or emits anything before
    private volatile boolean repositoriesOpen;

    public IletiMerkeziReportConsumer(IletiMerkeziEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
        this.configuration = endpoint.getConfiguration();
        if (getExceptionHandler() instanceof LoggingExceptionHandler) {
            // a failing poll repeats every delay: one line each time, the stack trace at DEBUG
            setExceptionHandler(new OneLineExceptionHandler(LOG));
        }
    }

    @Override
    public IletiMerkeziEndpoint getEndpoint() {
        return (IletiMerkeziEndpoint) super.getEndpoint();
    }

    /** The clock the age limit and scheduled orders are measured with; for tests and embedding. */
    public void setClock(Clock clock) {
        this.clock = clock;
    }

    /** The orders followed now, for monitoring and tests. */
    public List<String> getTrackedOrderIds() {
        FollowedOrders orders = followed;
        return orders == null ? List.of() : orders.ids();
    }

    /** The name this consumer's state and update keys are kept under; null before start. */
    public String getStreamName() {
        return emitter == null ? null : emitter.stream();
    }

    /** How many updates of this stream the default in-memory repository remembers now; -1 when one was configured. */
    int rememberedUpdates() {
        if (configuration.getIdempotentRepository() != null || emitter == null) {
            return -1;
        }
        String prefix = emitter.stream() + "/";
        return (int) getEndpoint().getComponent().getStreamUpdates().memoryKeys().keySet().stream()
                .filter(key -> key.startsWith(prefix)).count();
    }

    @Override
    protected void doStart() throws Exception {
        String stream = StreamNames.of(this, configuration.getStreamName(), configuration.getOrderStore(),
                configuration.getStateRepository(), configuration.getIdempotentRepository());
        StreamUpdates shared = getEndpoint().getComponent().getStreamUpdates();
        idempotentRepository = configuration.getIdempotentRepository() != null
                ? configuration.getIdempotentRepository() : shared.memory();
        if (configuration.getOrderStore() != null) {
            store = configuration.getOrderStore();
            storeCreatedHere = false;
        } else {
            store = configuration.getStateRepository() != null
                    ? new StateRepositoryOrderStore(configuration.getStateRepository()) : new MemoryFollowedOrderStore();
            storeCreatedHere = true;
        }
        followed = new FollowedOrders(store, stream, clockView);
        emitter = new UpdateEmitter(this, idempotentRepository, stream, shared);
        backoff = new OrderBackoff(Duration.ofMillis(configuration.getMaxOrderAge()), clockView);
        poller = null;
        repositoriesOpen = false;
        getEndpoint().getComponent().getOrderFeed().subscribe(follower);
        try {
            openRepositories();
        } catch (ReportPollException e) {
            // a shared database that is down must not keep the route (and the application) from starting: the
            // consumer polls nothing until the repositories open, and its health check is DOWN naming them
            LOG.warn("{}; the consumer retries at every poll and emits nothing until then", e.getMessage());
        }
        if (configuration.getReportConcurrency() > 1) {
            readers = getEndpoint().getCamelContext().getExecutorServiceManager()
                    .newFixedThreadPool(this, "IletiMerkeziReportReader", configuration.getReportConcurrency());
        }
        super.doStart();
    }

    /** Starts the repositories, moves a saved state of the earlier form once, and reads the followed orders. */
    private void openRepositories() throws ReportPollException {
        startRepository("idempotentRepository", configuration.getIdempotentRepository());
        startRepository(configuration.getOrderStore() != null ? "orderStore" : "stateRepository", store);
        try {
            if (configuration.getOrderStore() != null && configuration.getStateRepository() != null) {
                StateMigration.migrate(configuration.getStateRepository(), store, emitter.stream(), clockView.instant());
            }
            followed.load();
            if (configuration.getOrderId() != null) {
                for (String orderId : configuration.getOrderId().split(",")) {
                    if (!orderId.isBlank()) {
                        followed.follow(orderId.trim(), OrderSource.OPTION, null);
                    }
                }
            }
            followed.flush();
        } catch (RuntimeException e) {
            throw new ReportPollException("The " + (configuration.getOrderStore() != null ? "orderStore" : "stateRepository")
                                          + " could not be read: " + e.getMessage(), e);
        }
        repositoriesOpen = true;
    }

    private static void startRepository(String option, Object repository) throws ReportPollException {
        try {
            ServiceHelper.startService(repository);
        } catch (RuntimeException e) {
            throw new ReportPollException("The " + option + " could not be started: " + e.getMessage(), e);
        }
    }

    @Override
    protected void doStop() throws Exception {
        getEndpoint().getComponent().getOrderFeed().unsubscribe(follower);
        // the scheduler interrupts a running poll; wait for the update being handed over, so neither the route nor
        // the repository write is cut in the middle (the emitter refuses new ones from now on)
        boolean idle = emitter == null || emitter.awaitIdle(STOP_WAIT_SECONDS);
        try {
            super.doStop();
        } finally {
            if (idle && emitter != null) {
                emitter.release();
            }
        }
        if (readers != null) {
            getEndpoint().getCamelContext().getExecutorServiceManager().shutdownNow(readers);
            readers = null;
        }
        // a standby that never led never started: it has nothing to save or stop
        if (followed != null) {
            saveOnStop();
        }
        // only what was created here: configured repositories may be shared by other routes and instances (a memory
        // repository forgets everything when stopped), and their owner stops them
        if (storeCreatedHere) {
            ServiceHelper.stopService(store);
        }
    }

    private void saveOnStop() {
        if (repositoriesOpen) {
            try {
                followed.flush();
            } catch (RuntimeException e) {
                LOG.warn("The followed orders handed over since the last poll could not be saved on stop: {}", e.getMessage());
            }
        } else if (followed.waiting() > 0) {
            LOG.warn("Stopped before the {} could be read; {} orders followed since start are not kept",
                    configuration.getOrderStore() != null ? "orderStore" : "stateRepository", followed.waiting());
        }
    }

    private void follow(String orderId, OrderSource source, Instant notBefore) {
        if (source == OrderSource.SEND && !configuration.isTrackSentOrders()) {
            return;
        }
        FollowedOrders orders = followed;
        if (orders != null) {
            orders.follow(orderId, source, notBefore);
            LOG.debug("Following the delivery report of order {} ({})", orderId, source);
        }
    }

    @Override
    protected int poll() throws Exception {
        if (!repositoriesOpen) {
            openRepositories();
        }
        if (poller == null) {
            poller = new ReportPoller(getEndpoint().getClient(), configuration.getRowCount(), clockView);
            changes = new ChangeDetection(new OrderListScan(getEndpoint().getClient(), readers,
                    configuration.getReportConcurrency()), configuration.isUseOrderList());
            reads = new OrderReads(readers, configuration.getReportConcurrency());
        }
        // orders handed over since the last poll are written here, on the poll thread, not on the sender's
        RuntimeException handOverFailure = takeHandedOver();
        try {
            followed.reloadIfStale();
            followed.flush();
        } catch (StoreException e) {
            throw accountWide(e, null);
        }
        List<FollowedOrder> orders = followed.snapshot();
        if (orders.isEmpty() && !credentialsAccepted) {
            verifyCredentials();
        }
        List<FollowedOrder> due = new ArrayList<>(orders.size());
        for (FollowedOrder order : orders) {
            if (backoff.tooOld(order)) {
                giveUp(order);
            } else if (!backoff.sitsOut(order)) {
                due.add(order);
            }
        }
        List<Read> results = reads.read(changes.changed(due, () -> !mayEmit()), order -> poller.poll(order, emitter),
                this::mayEmit);
        PollTally tally = new PollTally();
        for (Read read : results) {
            if (read.result() != null) {
                tally.read++;
            }
        }
        for (Read read : results) {
            try {
                act(read, tally);
            } catch (StoreException e) {
                tally.account(e, null);
            }
        }
        if (tally.accountFailure != null) {
            throw accountWide(tally.accountFailure, tally.failedOrder);
        }
        if (handOverFailure != null) {
            throw new ReportPollException("The followed orders could not be taken from the orderHandOver ("
                                          + handOverFailure.getMessage() + "); tried again at the next poll", handOverFailure);
        }
        return tally.emitted;
    }

    /** What a poll's reads came to. */
    private static final class PollTally {
        int read;
        int emitted;
        Exception accountFailure;
        String failedOrder;

        void account(Exception e, String orderId) {
            if (accountFailure == null) {
                accountFailure = e;
                failedOrder = orderId;
            }
        }
    }

    private void act(Read read, PollTally tally) {
        if (read.skipped()) {
            return;
        }
        FollowedOrder order = read.order();
        if (read.failure() != null) {
            FailureClass failure = FailureClass.of(read.failure());
            // an unclear failure is the order's own when others read fine, or when it was shown to be so before
            if (failure == FailureClass.ORDER
                || failure == FailureClass.UNCLEAR && (tally.read > 0 || backoff.failures(order.orderId()) > 0)) {
                String next = backoff.failed(order.orderId(), read.failure());
                LOG.warn("İleti Merkezi report of order {} failed: {}; {}", order.orderId(), read.failure().getMessage(), next);
            } else {
                tally.account(read.failure(), order.orderId());
            }
            return;
        }
        backoff.succeeded(order.orderId());
        credentialsAccepted = true;
        ReportPoller.Result result = read.result();
        tally.emitted += result.emitted();
        FollowedOrder changed = result.day() != null ? order.withDay(result.day()) : order;
        switch (result.outcome()) {
            case FINISHED -> finished(order);
            case WAITING -> followed.update(changed.withNotBefore(backoff.nextScheduledTry(order)));
            case PROGRESSED -> followed.update(changed.withNotBefore(null).withCounters(
                    result.counters() != null ? result.counters() : order.counters()));
            default -> followed.update(changed.withNotBefore(null));
        }
    }

    /** A failure of the whole stream: nothing is dropped, and Camel's backoff and health check see it. */
    private static ReportPollException accountWide(Exception e, String orderId) {
        String message = "The delivery-report poll failed for the whole stream ("
                         + (orderId == null ? "" : "İleti Merkezi report of order " + orderId + " failed: ") + e.getMessage()
                         + "); every order is kept and tried again at the next poll";
        return new ReportPollException(message, e);
    }

    /**
     * Follows the orders waiting in the shared hand-over: saved among this stream's orders first, removed from the
     * hand-over after, so an instance dying in between leaves them to the next poller (following twice is harmless).
     */
    private RuntimeException takeHandedOver() {
        OrderHandOver handOver = getEndpoint().getComponent().getOrderFeed().getHandOver();
        if (handOver == null) {
            return null;
        }
        try {
            Map<String, OrderSource> waiting = handOver.waiting(HAND_OVER_BATCH);
            if (waiting.isEmpty()) {
                return null;
            }
            waiting.forEach((orderId, source) -> follow(orderId, source, null));
            followed.flush();
            handOver.remove(waiting.keySet());
            return null;
        } catch (RuntimeException e) {
            return e;
        }
    }

    /**
     * With no order to follow a poll would ask nothing, and the consumer's health check would say UP whatever the
     * credentials; until they are accepted once, an idle poll asks the balance instead (no side effects).
     */
    private void verifyCredentials() throws Exception {
        IletiMerkeziResponse balance;
        try {
            balance = getEndpoint().getClient().balance();
        } catch (IletiMerkeziException e) {
            throw new ReportPollException(e);
        }
        if (balance.isError()) {
            throw new ReportPollException(new IletiMerkeziException(balance));
        }
        credentialsAccepted = true;
    }

    private boolean mayEmit() {
        return isRunAllowed() && !isSuspendingOrSuspended();
    }

    /**
     * Stops following an order older than the age limit. One sent here that the provider never knew (455) gets its
     * order update first, as a final answer for the route.
     */
    private void giveUp(FollowedOrder order) {
        Exception last = backoff.lastFailure(order.orderId());
        boolean unknown = last instanceof IletiMerkeziException api && api.getStatusCode() == StatusCodes.ORDER_NOT_FOUND;
        if (unknown && order.source() == OrderSource.SEND) {
            Emission emission = emitter.order(new OrderUpdate(order.orderId(), StatusCodes.ORDER_NOT_FOUND, null, null,
                    null, null, null, clockView.instant()));
            if (emission == Emission.FAILED || emission == Emission.STOPPED) {
                return;
            }
        }
        LOG.warn("Order {} was followed for longer than maxOrderAge ({}) without a final status{}; it is no longer"
                 + " followed", order.orderId(), Duration.ofMillis(configuration.getMaxOrderAge()),
                last == null ? "" : " (its last read failed: " + last.getMessage() + ")");
        finished(order);
    }

    private void finished(FollowedOrder order) {
        followed.remove(order.orderId());
        backoff.forget(order.orderId());
        if (configuration.getIdempotentRepository() == null) {
            // the order is never polled again: its keys in the default memory would only take room
            getEndpoint().getComponent().getStreamUpdates().finished(emitter.orderPrefix(order.orderId()));
        }
        LOG.debug("Order {} is final; no longer followed", order.orderId());
    }
}
