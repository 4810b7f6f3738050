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
package io.github.cameliletimerkezi.report;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BiConsumer;

import io.github.cameliletimerkezi.IletiMerkeziConfiguration;
import io.github.cameliletimerkezi.IletiMerkeziConstants;
import io.github.cameliletimerkezi.IletiMerkeziEndpoint;
import io.github.cameliletimerkezi.client.IletiMerkeziException;
import io.github.cameliletimerkezi.client.IletiMerkeziTransportException;
import io.github.cameliletimerkezi.model.DeliveryUpdate;
import io.github.cameliletimerkezi.model.IletiMerkeziResponse;
import io.github.cameliletimerkezi.model.OrderUpdate;
import io.github.cameliletimerkezi.report.ReportPoller.Emission;
import io.github.cameliletimerkezi.report.ReportPoller.Outcome;
import io.github.cameliletimerkezi.report.TrackedOrders.Seen;
import io.github.cameliletimerkezi.report.TrackedOrders.TrackedOrder;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.LoggingExceptionHandler;
import org.apache.camel.support.ScheduledPollConsumer;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.apache.camel.support.service.ServiceHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls the delivery reports of the orders it follows and emits one exchange per recipient that reached a final
 * status, and one per order that did. An update counts as emitted only once the route processed it and the idempotent
 * repository recorded it; anything else comes again on a later poll. Each order is polled on its own: one that fails
 * is backed off (and dropped after {@value #MAX_ORDER_FAILURES} failures of its own), the others are polled on
 * schedule, and the failures are thrown from {@link #poll()} afterwards, so backoff, the poll strategy, the exception
 * handler and health checks see them.
 * <p>
 * A poll scales with change, not with the orders followed: it first asks the account's order list which orders'
 * counters differ from those of their last complete read (kept with the order's state, so a restart compares with
 * what was handled before it), and reads the reports of those only; list pages and reports are read up to
 * reportConcurrency at once. An order the list does not show, or never read completely, is read anyway; while the list
 * fails, every order is.
 */
public class IletiMerkeziReportConsumer extends ScheduledPollConsumer {

    /** Consecutive failures of an order's own (not the provider's or the network's) before it is no longer followed. */
    static final int MAX_ORDER_FAILURES = 10;
    /** The most polls a failing order is skipped between two tries. */
    static final int MAX_SKIPPED_POLLS = 16;
    /** The most orders taken from a shared hand-over in one poll. */
    private static final int HAND_OVER_BATCH = 1000;
    /** Polls that read every order on its own after the order list failed, before it is asked again. */
    public static final int ORDER_LIST_PAUSE_POLLS = 10;
    /** How long stopping waits for the update being handed to the route. */
    private static final long STOP_WAIT_SECONDS = 30;

    private static final Logger LOG = LoggerFactory.getLogger(IletiMerkeziReportConsumer.class);

    private final IletiMerkeziConfiguration configuration;
    private final BiConsumer<String, OrderSource> follower = this::follow;
    private final ReentrantLock emitting = new ReentrantLock();
    private final Map<String, Backoff> failing = new HashMap<>();
    private IdempotentRepository idempotentRepository;
    private Map<String, Object> defaultMemory;
    private StateRepository<String, String> stateRepository;
    private TrackedOrders trackedOrders;
    private volatile ReportPoller poller;
    private OrderListScan orderListScan;
    private ExecutorService readers;
    /** Polls left before a failed order list is asked again. */
    private int orderListPause;
    private boolean orderListFailing;
    private volatile boolean credentialsAccepted;
    // false until the repositories started and the followed orders were read: no poll asks or emits anything before
    private volatile boolean repositoriesOpen;

    /** An order whose polls fail: how often in a row, and how many polls it sits out before the next try. */
    private static final class Backoff {
        int failures;
        int skip;
    }

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

    /** The orders followed now, for monitoring and tests. */
    public List<String> getTrackedOrderIds() {
        return trackedOrders.snapshot().stream().map(TrackedOrder::id).toList();
    }

    /** How many updates the default in-memory repository remembers now; -1 when a repository was configured. */
    int rememberedUpdates() {
        return defaultMemory == null ? -1 : defaultMemory.size();
    }

    /**
     * What keeps this consumer's followed orders and emitted updates apart from other consumers sharing the same
     * repositories: the route id. Give the route a fixed id so a restart finds its state again.
     */
    String namespace() {
        String routeId = getRouteId();
        return routeId != null ? routeId : getEndpoint().getEndpointKey();
    }

    @Override
    protected void doStart() throws Exception {
        if (configuration.getIdempotentRepository() != null) {
            idempotentRepository = configuration.getIdempotentRepository();
            defaultMemory = null;
        } else {
            // not bounded by a count: entries of finished orders are removed, so it holds the orders in flight only
            defaultMemory = new ConcurrentHashMap<>();
            idempotentRepository = MemoryIdempotentRepository.memoryIdempotentRepository(defaultMemory);
        }
        stateRepository = configuration.getStateRepository() != null
                ? configuration.getStateRepository() : new MemoryStateRepository();
        trackedOrders = new TrackedOrders(stateRepository, namespace());
        repositoriesOpen = false;
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
        orderListPause = 0;
        orderListFailing = false;
        getEndpoint().getComponent().getOrderFeed().subscribe(follower);
        super.doStart();
    }

    /**
     * Starts the repositories and reads the followed orders they keep. Orders handed over before this succeeded are
     * kept in memory and merged with what the repository holds.
     */
    private void openRepositories() throws ReportPollException {
        startRepository("idempotentRepository", idempotentRepository);
        startRepository("stateRepository", stateRepository);
        try {
            trackedOrders.load();
            if (configuration.getOrderId() != null) {
                for (String orderId : configuration.getOrderId().split(",")) {
                    if (!orderId.isBlank()) {
                        trackedOrders.add(orderId.trim(), OrderSource.OPTION);
                    }
                }
            }
            trackedOrders.save();
        } catch (RuntimeException e) {
            throw new ReportPollException("The stateRepository could not be read: " + e.getMessage(), e);
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
        // the repository write is cut in the middle (emit refuses new ones from now on)
        boolean locked = emitting.tryLock(STOP_WAIT_SECONDS, TimeUnit.SECONDS);
        try {
            super.doStop();
        } finally {
            if (locked) {
                emitting.unlock();
            }
        }
        poller = null;
        if (readers != null) {
            getEndpoint().getCamelContext().getExecutorServiceManager().shutdownNow(readers);
            readers = null;
        }
        if (repositoriesOpen) {
            try {
                trackedOrders.save();
            } catch (RuntimeException e) {
                LOG.warn("The followed orders could not be saved on stop: {}", e.toString());
            }
        } else if (!trackedOrders.snapshot().isEmpty()) {
            // writing now would replace the orders the unread repository keeps with these alone
            LOG.warn("Stopped before the stateRepository could be read; orders followed since start are not kept: {}",
                    trackedOrders.snapshot().stream().map(TrackedOrder::id).toList());
        }
        // only the defaults created here: configured repositories may be shared by other routes and instances (a
        // memory repository forgets everything when stopped), and their owner stops them
        if (defaultMemory != null) {
            ServiceHelper.stopService(idempotentRepository);
        }
        if (configuration.getStateRepository() == null) {
            ServiceHelper.stopService(stateRepository);
        }
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
        if (!repositoriesOpen) {
            openRepositories();
        }
        ReportPoller reports = poller;
        if (reports == null) {
            reports = new ReportPoller(getEndpoint().getClient(), configuration.getRowCount(), Clock.systemUTC(),
                    namespace());
            poller = reports;
            orderListScan = new OrderListScan(getEndpoint().getClient(), readers, configuration.getReportConcurrency());
        }
        // orders handed over since the last poll are written here, on the poll thread, not on the sender's; a
        // repository that fails does not stop the polling
        RuntimeException handOverFailure = takeHandedOver();
        save();
        List<TrackedOrder> orders = trackedOrders.snapshot();
        if (orders.isEmpty() && !credentialsAccepted) {
            verifyCredentials();
        }
        List<TrackedOrder> due = new ArrayList<>(orders.size());
        for (TrackedOrder order : orders) {
            if (!sitsOut(order.id())) {
                due.add(order);
            }
        }
        List<Read> reads = read(changedOnly(due), reports);
        int emitted = 0;
        int failed = 0;
        Exception firstFailure = null;
        for (Read read : reads) {
            if (read == null || read.skipped()) {
                continue;
            }
            TrackedOrder order = read.order();
            if (read.failure() != null) {
                failed++;
                Exception described = failed(order, read.failure());
                firstFailure = firstFailure == null ? described : firstFailure;
                continue;
            }
            failing.remove(order.id());
            credentialsAccepted = true;
            emitted += read.result().emitted();
            if (read.result().outcome() == Outcome.FINISHED) {
                finished(order, reports);
            }
        }
        RuntimeException saveFailure = save();
        if (handOverFailure != null) {
            saveFailure = handOverFailure;
        }
        if (firstFailure != null) {
            if (failed == 1) {
                throw firstFailure;
            }
            throw new ReportPollException(failed + " orders failed in this poll; the first: " + firstFailure.getMessage(),
                    firstFailure);
        }
        if (saveFailure != null) {
            throw new ReportPollException("The followed orders could not be taken from the orderHandOver or written to"
                                          + " the stateRepository (" + saveFailure.getMessage()
                                          + "); tried again at the next poll", saveFailure);
        }
        return emitted;
    }

    /** One order's read in a poll: its result, its failure, or neither when the consumer was stopping. */
    private record Read(TrackedOrder order, ReportPoller.Result result, Exception failure) {

        boolean skipped() {
            return result == null && failure == null;
        }
    }

    /**
     * The orders that need reading: with the order list on and answering, those it shows changed, those it does not
     * show and those never read completely (no day or counters yet); otherwise all of them.
     */
    private List<TrackedOrder> changedOnly(List<TrackedOrder> due) {
        if (!configuration.isUseOrderList() || due.isEmpty()) {
            return due;
        }
        if (orderListPause > 0) {
            orderListPause--;
            return due;
        }
        Map<String, Seen> candidates = new HashMap<>();
        for (TrackedOrder order : due) {
            Seen seen = trackedOrders.seen(order.id());
            if (seen != null && seen.day() != null && seen.counters() != null) {
                candidates.put(order.id(), seen);
            }
        }
        if (candidates.isEmpty()) {
            return due;
        }
        Set<String> unchanged;
        try {
            unchanged = orderListScan.unchanged(candidates);
        } catch (Exception e) {
            if (!mayEmit()) {
                return due;
            }
            orderListPause = ORDER_LIST_PAUSE_POLLS;
            if (!orderListFailing) {
                orderListFailing = true;
                LOG.warn("The order list (get-reports) failed: {}. Every followed order is read on its own; the list is"
                         + " asked again in {} polls", e.getMessage(), ORDER_LIST_PAUSE_POLLS);
            } else {
                LOG.debug("The order list (get-reports) failed again: {}", e.getMessage());
            }
            return due;
        }
        if (orderListFailing) {
            orderListFailing = false;
            LOG.info("The order list (get-reports) answers again; only changed orders are read");
        }
        LOG.debug("The order list ({} requests) shows {} of {} followed orders unchanged", orderListScan.requests(),
                unchanged.size(), due.size());
        if (unchanged.isEmpty()) {
            return due;
        }
        List<TrackedOrder> changed = new ArrayList<>(due.size() - unchanged.size());
        for (TrackedOrder order : due) {
            if (!unchanged.contains(order.id())) {
                changed.add(order);
            }
        }
        return changed;
    }

    /**
     * Reads the orders' reports, up to reportConcurrency at once: each worker takes the next order until none is
     * left, so no more requests overlap than there are workers. Updates still reach the route one at a time
     * ({@link #emit}). The results come back in the orders' order, for the poll thread to act on.
     */
    private List<Read> read(List<TrackedOrder> due, ReportPoller reports) {
        AtomicReferenceArray<Read> reads = new AtomicReferenceArray<>(due.size());
        ExecutorService workers = readers;
        int concurrency = Math.min(configuration.getReportConcurrency(), due.size());
        if (workers == null || concurrency <= 1) {
            for (int i = 0; i < due.size(); i++) {
                reads.set(i, readOne(due.get(i), reports));
            }
        } else {
            AtomicInteger next = new AtomicInteger();
            List<Callable<Void>> tasks = new ArrayList<>(concurrency);
            for (int w = 0; w < concurrency; w++) {
                tasks.add(() -> {
                    for (int i = next.getAndIncrement(); i < due.size(); i = next.getAndIncrement()) {
                        reads.set(i, readOne(due.get(i), reports));
                    }
                    return null;
                });
            }
            try {
                workers.invokeAll(tasks);
            } catch (InterruptedException e) {
                // stopping: the workers are cancelled and emit nothing more; what they finished is acted on
                Thread.currentThread().interrupt();
            }
        }
        List<Read> list = new ArrayList<>(due.size());
        for (int i = 0; i < due.size(); i++) {
            list.add(reads.get(i));
        }
        return list;
    }

    private Read readOne(TrackedOrder order, ReportPoller reports) {
        if (!mayEmit()) {
            return new Read(order, null, null);
        }
        try {
            return new Read(order, reports.poll(order, trackedOrders, this::emit), null);
        } catch (Exception e) {
            return new Read(order, null, e);
        }
    }

    /**
     * Follows the orders waiting in the shared hand-over: saved among this consumer's orders first, removed from the
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
            waiting.forEach(this::follow);
            trackedOrders.save();
            handOver.remove(waiting.keySet());
            return null;
        } catch (RuntimeException e) {
            return e;
        }
    }

    private RuntimeException save() {
        try {
            trackedOrders.save();
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

    /** Whether an order that failed lately sits this poll out. */
    private boolean sitsOut(String orderId) {
        Backoff backoff = failing.get(orderId);
        if (backoff == null || backoff.skip == 0) {
            return false;
        }
        backoff.skip--;
        return true;
    }

    /** Counts an order's failure, backs it off or drops it, and returns the exception the poll reports. */
    private Exception failed(TrackedOrder order, Exception e) {
        Backoff backoff = failing.computeIfAbsent(order.id(), id -> new Backoff());
        // the provider's and the network's failures hit every order alike: they back an order off, never drop it
        boolean ownFault = !(e instanceof IletiMerkeziTransportException)
                           && !(e instanceof IletiMerkeziException api && api.getStatusCode() >= 500);
        backoff.failures++;
        // tried again at the next poll after a first failure, then after 1, 3, 7, 15, 16, 16... skipped polls
        backoff.skip = Math.min((1 << Math.min(backoff.failures - 1, 30)) - 1, MAX_SKIPPED_POLLS);
        String next;
        if (ownFault && backoff.failures >= MAX_ORDER_FAILURES) {
            failing.remove(order.id());
            trackedOrders.remove(order.id());
            next = "it failed " + MAX_ORDER_FAILURES + " times in a row and is no longer followed";
        } else {
            next = backoff.skip == 0 ? "it is tried again at the next poll"
                    : "it is tried again after " + backoff.skip + " skipped polls";
        }
        String message = "İleti Merkezi report of order " + order.id() + " failed: " + e.getMessage() + "; " + next;
        return e instanceof IletiMerkeziException api ? new ReportPollException(message, api) : new ReportPollException(message, e);
    }

    private void finished(TrackedOrder order, ReportPoller reports) {
        trackedOrders.remove(order.id());
        if (defaultMemory != null) {
            // the order is never polled again: its keys would only take room
            String prefix = reports.orderKeyPrefix(order.id());
            defaultMemory.keySet().removeIf(key -> key.startsWith(prefix));
        }
        LOG.debug("Order {} is final; no longer followed", order.id());
    }

    private Emission emit(String key, Object update) {
        if (!mayEmit()) {
            return Emission.STOPPED;
        }
        emitting.lock();
        try {
            if (!mayEmit()) {
                return Emission.STOPPED;
            }
            if (idempotentRepository.contains(key)) {
                return Emission.ALREADY_EMITTED;
            }
            if (!(update instanceof DeliveryUpdate delivery)) {
                return process(key, update);
            }
            // a webhook receiver of the same component may have emitted this status already, or be emitting it now;
            // other report consumers are not checked: each follows its own orders
            DeliveryUpdates shared = getEndpoint().getComponent().getDeliveryUpdates();
            String sharedKey = delivery.idempotentKey();
            synchronized (shared.lock(sharedKey)) {
                if (shared.repository().contains(sharedKey)) {
                    idempotentRepository.add(key);
                    return Emission.ALREADY_EMITTED;
                }
                Emission emission = process(key, update);
                if (emission == Emission.EMITTED) {
                    shared.polled().add(sharedKey);
                }
                return emission;
            }
        } finally {
            emitting.unlock();
        }
    }

    private Emission process(String key, Object update) {
        Exchange exchange = createExchange(false);
        try {
            fill(exchange.getMessage(), update);
            exchange.getMessage().setHeader(IletiMerkeziConstants.UPDATE_KEY, key);
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
            try {
                idempotentRepository.add(key);
            } catch (RuntimeException e) {
                // not recorded: it comes again (at least once), which beats being lost
                getExceptionHandler().handleException(
                        "The idempotent repository did not record delivery update " + key + "; it comes again", e);
                return Emission.FAILED;
            }
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
