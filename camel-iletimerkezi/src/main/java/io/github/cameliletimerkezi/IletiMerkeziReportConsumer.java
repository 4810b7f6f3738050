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

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;

import io.github.cameliletimerkezi.client.IletiMerkeziException;
import io.github.cameliletimerkezi.metrics.StreamMetrics;
import io.github.cameliletimerkezi.model.IletiMerkeziResponse;
import io.github.cameliletimerkezi.report.ChangeDetection;
import io.github.cameliletimerkezi.report.FollowedOrder;
import io.github.cameliletimerkezi.report.FollowedOrders;
import io.github.cameliletimerkezi.report.OneLineExceptionHandler;
import io.github.cameliletimerkezi.report.OrderBackoff;
import io.github.cameliletimerkezi.report.OrderFeed;
import io.github.cameliletimerkezi.report.OrderHandOver;
import io.github.cameliletimerkezi.report.OrderListScan;
import io.github.cameliletimerkezi.report.OrderReads;
import io.github.cameliletimerkezi.report.OrderReads.Read;
import io.github.cameliletimerkezi.report.OrderSource;
import io.github.cameliletimerkezi.report.PollOutcomes;
import io.github.cameliletimerkezi.report.ReportFailure;
import io.github.cameliletimerkezi.report.ReportPoller;
import io.github.cameliletimerkezi.report.SettableClock;
import io.github.cameliletimerkezi.report.StoreException;
import io.github.cameliletimerkezi.report.StreamNames;
import io.github.cameliletimerkezi.report.StreamStorage;
import io.github.cameliletimerkezi.report.StreamUpdates;
import io.github.cameliletimerkezi.report.UpdateEmitter;
import org.apache.camel.Processor;
import org.apache.camel.support.LoggingExceptionHandler;
import org.apache.camel.support.ScheduledPollConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls the delivery reports of the orders its stream follows and hands every final status to the
 * {@link UpdateEmitter} (one exchange per recipient row, one per order). The parts, in the report package:
 * {@link StreamStorage} opens where the orders are kept, {@link FollowedOrders} keeps them in the
 * {@link io.github.cameliletimerkezi.report.FollowedOrderStore}, {@link ChangeDetection} picks those the order list
 * shows changed, {@link OrderReads} reads them, {@link PollOutcomes} acts on the reads, {@link OrderBackoff} decides
 * when each order is read and when one is given up, and {@code FailureClass} whose fault a
 * failure is. This class schedules them and takes orders from senders and the shared hand-over.
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

    private static final Logger LOG = LoggerFactory.getLogger(IletiMerkeziReportConsumer.class);

    private final IletiMerkeziConfiguration configuration;
    private final OrderFeed.Follower follower = new OrderFeed.Follower() {
        @Override
        public void follow(String orderId, OrderSource source, Instant notBefore) {
            IletiMerkeziReportConsumer.this.follow(orderId, source, notBefore);
        }

        @Override
        public void due(String orderId) {
            FollowedOrders orders = followed;
            if (orders != null) {
                orders.due(orderId);
            }
        }
    };
    private final SettableClock clock = new SettableClock();
    private StreamStorage storage;
    private FollowedOrders followed;
    private UpdateEmitter emitter;
    private OrderBackoff backoff;
    private PollOutcomes outcomes;
    private ReportPoller poller;
    private ChangeDetection changes;
    private OrderReads reads;
    private ExecutorService readers;
    private volatile boolean credentialsAccepted;
    private StreamMetrics metrics = StreamMetrics.NONE;

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
        this.clock.set(clock);
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
        storage = new StreamStorage(configuration.getOrderStore(), configuration.getStateRepository(),
                configuration.getIdempotentRepository(), configuration.getOrderId());
        followed = new FollowedOrders(storage.store(), stream, clock);
        emitter = new UpdateEmitter(this, configuration.getIdempotentRepository() != null
                ? configuration.getIdempotentRepository() : shared.memory(), stream, shared, UpdateMessageHeaders.INSTANCE);
        metrics = getEndpoint().getComponent().getMetrics().stream(stream);
        emitter.setMetrics(metrics);
        metrics.watch(followed::count, emitter::waiting);
        backoff = new OrderBackoff(Duration.ofMillis(configuration.getMaxOrderAge()), clock);
        outcomes = new PollOutcomes(followed, backoff, emitter,
                configuration.getIdempotentRepository() == null ? shared : null,
                Duration.ofMillis(configuration.getMaxOrderAge()), clock);
        poller = null;
        getEndpoint().getComponent().getOrderFeed().subscribe(follower);
        try {
            storage.open(followed, stream, clock.instant());
        } catch (ReportFailure e) {
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

    @Override
    protected void doStop() throws Exception {
        getEndpoint().getComponent().getOrderFeed().unsubscribe(follower);
        // the scheduler interrupts a running poll: the update being handed over finishes first
        if (emitter == null) {
            super.doStop();
        } else {
            emitter.stopWhenIdle(super::doStop);
        }
        if (readers != null) {
            getEndpoint().getCamelContext().getExecutorServiceManager().shutdownNow(readers);
            readers = null;
        }
        metrics.close();
        metrics = StreamMetrics.NONE;
        // a standby that never led never started: it has nothing to save or stop
        if (storage != null) {
            saveOnStop();
            storage.close();
        }
    }

    private void saveOnStop() {
        if (storage.isOpen()) {
            try {
                followed.flush();
            } catch (RuntimeException e) {
                LOG.warn("The followed orders handed over since the last poll could not be saved on stop: {}", e.getMessage());
            }
        } else if (followed.waiting() > 0) {
            LOG.warn("Stopped before the {} could be read; {} orders followed since start are not kept",
                    storage.option(), followed.waiting());
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
        long start = System.nanoTime();
        boolean success = false;
        try {
            int emitted = pollOnce();
            success = true;
            return emitted;
        } finally {
            metrics.polled(System.nanoTime() - start, success, poller == null ? 0 : poller.takeRequests());
        }
    }

    private int pollOnce() throws Exception {
        if (!storage.isOpen()) {
            try {
                storage.open(followed, emitter.stream(), clock.instant());
            } catch (ReportFailure e) {
                throw ReportPollException.of(e);
            }
        }
        if (poller == null) {
            poller = new ReportPoller(getEndpoint().getClient(), configuration.getRowCount(), clock, metrics);
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
            PollOutcomes.Tally failed = new PollOutcomes.Tally();
            failed.account(e, null);
            throw ReportPollException.of(failed.failure());
        }
        List<FollowedOrder> orders = followed.snapshot();
        if (orders.isEmpty() && !credentialsAccepted) {
            verifyCredentials();
        }
        List<FollowedOrder> due = new ArrayList<>(orders.size());
        for (FollowedOrder order : orders) {
            if (backoff.tooOld(order)) {
                outcomes.giveUp(order);
            } else if (!backoff.sitsOut(order)) {
                due.add(order);
            }
        }
        List<Read> results = reads.read(changes.changed(due, () -> !mayEmit()), order -> poller.poll(order, emitter),
                this::mayEmit);
        PollOutcomes.Tally tally = outcomes.act(results);
        credentialsAccepted |= tally.read() > 0;
        if (tally.failed()) {
            throw ReportPollException.of(tally.failure());
        }
        if (handOverFailure != null) {
            throw new ReportPollException("The followed orders could not be taken from the orderHandOver ("
                                          + handOverFailure.getMessage() + "); tried again at the next poll", handOverFailure);
        }
        if (getExceptionHandler() instanceof OneLineExceptionHandler oneLine) {
            oneLine.pollSucceeded();
        }
        return tally.emitted();
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
}
