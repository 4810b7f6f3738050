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

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

import io.github.cameliletimerkezi.metrics.StreamMetrics;
import io.github.cameliletimerkezi.model.DeliveryUpdate;
import io.github.cameliletimerkezi.model.MobileNumbers;
import io.github.cameliletimerkezi.model.OrderUpdate;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.DefaultConsumer;

/**
 * The one place that decides what an update is, whether it was emitted, and hands it to the route. The report
 * poller, the webhook receiver and the inbox consumer all emit through one of these; an update counts as emitted once
 * the route processed it and the idempotent repository recorded it, so one whose route failed comes again.
 * <p>
 * <b>Identity.</b> Keys start with the stream's name (the streamName option, else the route id), so consumers that
 * share a repository keep apart and a webhook route and a report route with one stream name share identities. A
 * recipient's update is the k-th message of its order to that number reaching that status:
 * {@code stream/order/number/status/k}. The report's rows carry no message id, and an order may send several texts to
 * one number, so a poll that sees c such rows fills slots 1..c. A push carries the message's id: its slot is its rank
 * among the distinct ids pushed for that (order, number, status), and it is emitted only if no poll filled that slot
 * already. Either way c messages give c updates, whichever way each arrives, on any replica sharing the repository and
 * after any restart. The provider does not document the order of a report's rows; counting does not depend on it.
 * <p>
 * <b>Repeats.</b> An update repeats only if the process stops between the route's processing and the repository's
 * record (at least once: the record is written after the route), or if two instances emit the same update at the same
 * moment (the lock here serializes one JVM only).
 */
public final class UpdateEmitter {

    /** What became of one update. */
    public enum Emission {
        ALREADY_EMITTED,
        EMITTED,
        /** The route failed; nothing recorded, it comes again. */
        FAILED,
        /** The consumer is stopping: nothing more is emitted. */
        STOPPED
    }

    /** How long stopping waits for the update being handed to the route. */
    static final long STOP_WAIT_SECONDS = 30;
    /** The most messages of one order to one number counted; a guard against a repository that accepts nothing. */
    private static final int MAX_SLOTS = 100_000;

    private final DefaultConsumer consumer;
    private final IdempotentRepository repository;
    private final String stream;
    private final StreamUpdates shared;
    private final UpdateHeaders headers;
    private final ReentrantLock emitting = new ReentrantLock();
    /** Keys the route failed on and that were not emitted since: the updates waiting to come again. */
    private final Set<String> failed = ConcurrentHashMap.newKeySet();
    private volatile StreamMetrics metrics = StreamMetrics.NONE;

    public UpdateEmitter(DefaultConsumer consumer, IdempotentRepository repository, String stream, StreamUpdates shared,
                         UpdateHeaders headers) {
        this.consumer = consumer;
        this.repository = repository;
        this.stream = stream;
        this.shared = shared;
        this.headers = headers;
    }

    public String stream() {
        return stream;
    }

    /** The meters this emitter counts its recipient and order updates in. */
    public void setMetrics(StreamMetrics metrics) {
        this.metrics = metrics;
    }

    /** How many updates the route failed on and were not emitted since. */
    public int waiting() {
        return failed.size();
    }

    /** What every key of an order's updates starts with. */
    public String orderPrefix(String orderId) {
        return stream + "/" + orderId + "/";
    }

    /** The identity of a recipient's updates at one status, without the slot. */
    String recipientIdentity(String orderId, String number, int statusCode) {
        return orderPrefix(orderId) + canonical(number) + "/" + statusCode;
    }

    private static String canonical(String number) {
        try {
            return MobileNumbers.canonical(number, "number");
        } catch (IllegalArgumentException e) {
            return number == null ? "" : number.trim();
        }
    }

    /**
     * A polled row: the {@code occurrence}-th row of its order with this number and status (from 1).
     */
    public Emission polled(DeliveryUpdate update, int occurrence) {
        String identity = recipientIdentity(update.orderId(), update.number(), update.statusCode());
        String key = identity + "/" + occurrence;
        synchronized (shared.lock(identity)) {
            if (contains(key)) {
                return Emission.ALREADY_EMITTED;
            }
            return counted(emit(key, update, message -> headers.recipient(message, update)), StreamMetrics.RECIPIENT,
                    update.statusCode());
        }
    }

    /**
     * A pushed update; {@code messageId} is the push's {@code id} (null when the push has none: then only one message
     * of the order to that number is told apart).
     */
    public Emission pushed(DeliveryUpdate update, String messageId) {
        String identity = recipientIdentity(update.orderId(), update.number(), update.statusCode());
        synchronized (shared.lock(identity)) {
            if (update.isFinal() && shared.isFinished(orderPrefix(update.orderId()))) {
                // a poll saw the order final and emitted every final status of it; its keys left the default memory
                return Emission.ALREADY_EMITTED;
            }
            String idKey = messageId == null ? null : identity + "/id:" + messageId;
            if (idKey != null && contains(idKey)) {
                return Emission.ALREADY_EMITTED;
            }
            int rank = 1;
            if (idKey != null) {
                while (rank < MAX_SLOTS && contains(identity + "/push" + rank)) {
                    rank++;
                }
            }
            String slot = identity + "/" + rank;
            if (contains(slot)) {
                // a poll emitted this message already
                if (idKey != null) {
                    record(identity + "/push" + rank);
                    record(idKey);
                }
                return Emission.ALREADY_EMITTED;
            }
            Emission emission = counted(emit(slot, update, message -> headers.recipient(message, update)),
                    StreamMetrics.RECIPIENT, update.statusCode());
            if (emission == Emission.EMITTED && idKey != null) {
                record(identity + "/push" + rank);
                record(idKey);
            }
            return emission;
        }
    }

    /** An order that reached a final status. */
    public Emission order(OrderUpdate update) {
        String key = orderPrefix(update.orderId()) + "order/" + update.statusCode();
        synchronized (shared.lock(key)) {
            if (contains(key)) {
                return Emission.ALREADY_EMITTED;
            }
            return counted(emit(key, update, message -> headers.order(message, update)), StreamMetrics.ORDER,
                    update.statusCode());
        }
    }

    /** Any other update under a key of the stream's own ({@code stream/} is put before it). */
    public Emission other(String key, Object body, Consumer<Message> fill) {
        String full = stream + "/" + key;
        if (contains(full)) {
            return Emission.ALREADY_EMITTED;
        }
        return emit(full, body, fill);
    }

    /** Whether an update was recorded; false before any record. */
    public boolean emitted(String key) {
        return contains(stream + "/" + key);
    }

    /** Forgets an update recorded under {@link #other}'s key. */
    public void forget(String key) {
        repository.remove(stream + "/" + key);
    }

    /** A consumer's own stop, run by {@link #stopWhenIdle}. */
    public interface Stop {
        void run() throws Exception;
    }

    /**
     * Runs the consumer's stop once the update being handed to the route is done (waiting at most 30 seconds), so
     * neither the route nor the repository write is cut in the middle; nothing is emitted from then on.
     */
    public void stopWhenIdle(Stop stop) throws Exception {
        boolean idle = emitting.tryLock(STOP_WAIT_SECONDS, TimeUnit.SECONDS);
        try {
            stop.run();
        } finally {
            if (idle) {
                emitting.unlock();
            }
        }
    }

    private boolean mayEmit() {
        return consumer.isRunAllowed() && !consumer.isSuspendingOrSuspended();
    }

    private boolean contains(String key) {
        try {
            return repository.contains(key);
        } catch (RuntimeException e) {
            throw new UpdateRepositoryException("The idempotentRepository could not be read: " + e.getMessage(), e);
        }
    }

    private void record(String key) {
        try {
            repository.add(key);
        } catch (RuntimeException e) {
            throw new UpdateRepositoryException("The idempotentRepository did not record update " + key
                                                + " (it comes again): " + e.getMessage(), e);
        }
    }

    private Emission counted(Emission emission, String type, int statusCode) {
        if (emission == Emission.EMITTED) {
            metrics.emitted(type, statusCode);
        }
        return emission;
    }

    private Emission emit(String key, Object body, Consumer<Message> fill) {
        if (!mayEmit()) {
            return Emission.STOPPED;
        }
        emitting.lock();
        try {
            if (!mayEmit()) {
                return Emission.STOPPED;
            }
            Exchange exchange = consumer.createExchange(false);
            try {
                Message message = exchange.getMessage();
                message.setBody(body);
                fill.accept(message);
                headers.key(message, key);
                try {
                    consumer.getProcessor().process(exchange);
                } catch (Exception e) {
                    exchange.setException(e);
                }
                if (exchange.getException() != null) {
                    consumer.getExceptionHandler().handleException(
                            "The route failed on update " + key + "; it comes again", exchange, exchange.getException());
                    failed.add(key);
                    return Emission.FAILED;
                }
                record(key);
                failed.remove(key);
                return Emission.EMITTED;
            } finally {
                consumer.releaseExchange(exchange, false);
            }
        } finally {
            emitting.unlock();
        }
    }
}
