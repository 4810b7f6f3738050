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
package io.github.cameliletimerkezi.inbox;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import io.github.cameliletimerkezi.IletiMerkeziConfiguration;
import io.github.cameliletimerkezi.IletiMerkeziConstants;
import io.github.cameliletimerkezi.IletiMerkeziEndpoint;
import io.github.cameliletimerkezi.client.IletiMerkeziException;
import io.github.cameliletimerkezi.model.IletiMerkeziResponse;
import io.github.cameliletimerkezi.model.SendTimeFormat;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.ScheduledPollConsumer;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.apache.camel.support.service.ServiceHelper;

/**
 * Polls {@code get-inbox} and emits one exchange per received SMS, each once: a message counts as emitted only when
 * the route processed it and the idempotent repository recorded it, so one whose exchange failed comes again on the
 * next poll (at least once). Only messages received within a window are considered: it starts
 * {@code inboxLookback} before the consumer starts and moves forward after each poll, held back by messages that
 * failed. Pages are walked until the provider's {@code totalRows} is read or a page brings nothing new. A refused
 * poll throws {@link InboxPollException}, which the scheduled-poll health check reports with its status code.
 */
public class IletiMerkeziInboxConsumer extends ScheduledPollConsumer {

    /** The most pages read in one poll, against an answer that never says it is complete. */
    static final int MAX_PAGES = 1000;
    /** How long stopping waits for the message being handed to the route. */
    private static final long STOP_WAIT_SECONDS = 30;
    private static final Comparator<InboxMessage> OLDEST_FIRST
            = Comparator.comparing(InboxMessage::receivedAt, Comparator.nullsLast(Comparator.naturalOrder()));

    private final IletiMerkeziConfiguration configuration;
    private final ReentrantLock emitting = new ReentrantLock();
    private final Clock clock = Clock.systemUTC();
    private IdempotentRepository idempotentRepository;
    /** The default memory's keys with the time of their message, so keys that left the window can be forgotten. */
    private Map<String, LocalDateTime> remembered;
    private volatile LocalDateTime since;

    public IletiMerkeziInboxConsumer(IletiMerkeziEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
        this.configuration = endpoint.getConfiguration();
    }

    @Override
    public IletiMerkeziEndpoint getEndpoint() {
        return (IletiMerkeziEndpoint) super.getEndpoint();
    }

    /**
     * What keeps this consumer's messages apart from other consumers sharing the repository: the route id. Give the
     * route a fixed id so a restart finds its messages again.
     */
    String namespace() {
        String routeId = getRouteId();
        return routeId != null ? routeId : getEndpoint().getEndpointKey();
    }

    /** The start of the window (Turkish time): messages received before it are not emitted. */
    public LocalDateTime getSince() {
        return since;
    }

    @Override
    protected void doStart() throws Exception {
        if (configuration.getIdempotentRepository() != null) {
            idempotentRepository = configuration.getIdempotentRepository();
            remembered = null;
        } else {
            idempotentRepository = MemoryIdempotentRepository.memoryIdempotentRepository(new ConcurrentHashMap<>());
            remembered = new ConcurrentHashMap<>();
        }
        ServiceHelper.startService(idempotentRepository);
        since = now().minus(Duration.ofMillis(configuration.getInboxLookback()));
        super.doStart();
    }

    @Override
    protected void doStop() throws Exception {
        // wait for the message being handed over, so neither the route nor the repository write is cut in the middle
        boolean locked = emitting.tryLock(STOP_WAIT_SECONDS, TimeUnit.SECONDS);
        try {
            super.doStop();
        } finally {
            if (locked) {
                emitting.unlock();
            }
        }
        // only the default created here: a configured repository may be shared, and its owner stops it
        if (remembered != null) {
            ServiceHelper.stopService(idempotentRepository);
        }
    }

    @Override
    protected int poll() throws Exception {
        LocalDateTime pollStart = now();
        List<InboxMessage> messages = new ArrayList<>(read());
        messages.sort(OLDEST_FIRST);
        String prefix = namespace() + "/inbox/";
        LocalDateTime window = since;
        LocalDateTime oldestFailed = null;
        int emitted = 0;
        boolean interrupted = false;
        for (InboxMessage message : messages) {
            if (!mayEmit()) {
                interrupted = true;
                break;
            }
            LocalDateTime at = message.receivedAt();
            if (at != null && at.isBefore(window)) {
                continue;
            }
            String key = prefix + message.key();
            if (idempotentRepository.contains(key)) {
                continue;
            }
            if (emit(key, message)) {
                emitted++;
                if (remembered != null && at != null) {
                    remembered.put(key, at);
                }
            } else if (at != null && (oldestFailed == null || at.isBefore(oldestFailed))) {
                oldestFailed = at;
            }
        }
        if (!interrupted) {
            moveWindow(pollStart.minus(Duration.ofMillis(configuration.getInboxLookback())), oldestFailed);
        }
        return emitted;
    }

    /** Every page of the inbox, each message once (a page that repeats an earlier one ends the walk). */
    private List<InboxMessage> read() throws Exception {
        List<InboxMessage> messages = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        int rows = 0;
        for (int page = 1; page <= MAX_PAGES; page++) {
            IletiMerkeziResponse answer;
            try {
                answer = getEndpoint().getClient().inbox(InboxQuery.firstPage().page(page));
            } catch (IletiMerkeziException e) {
                throw new InboxPollException(e);
            }
            if (answer.isError()) {
                throw new InboxPollException(new IletiMerkeziException(answer));
            }
            InboxPage listed = answer.getPayload(InboxPage.class);
            if (listed == null || listed.rows() == 0) {
                break;
            }
            rows += listed.rows();
            boolean added = false;
            for (InboxMessage message : listed.messages()) {
                if (keys.add(message.key())) {
                    messages.add(message);
                    added = true;
                }
            }
            if (!added || listed.totalRows() == null || rows >= listed.totalRows()) {
                break;
            }
        }
        return messages;
    }

    private void moveWindow(LocalDateTime candidate, LocalDateTime oldestFailed) {
        LocalDateTime next = oldestFailed != null && oldestFailed.isBefore(candidate) ? oldestFailed : candidate;
        if (next.isAfter(since)) {
            since = next;
        }
        if (remembered != null) {
            // the window never comes back to these: their keys would only take room
            remembered.entrySet().removeIf(entry -> {
                boolean old = entry.getValue().isBefore(since);
                if (old) {
                    idempotentRepository.remove(entry.getKey());
                }
                return old;
            });
        }
    }

    private boolean mayEmit() {
        return isRunAllowed() && !isSuspendingOrSuspended();
    }

    /** Hands one message to the route; true when the route processed it and the repository recorded it. */
    private boolean emit(String key, InboxMessage message) {
        emitting.lock();
        try {
            Exchange exchange = createExchange(false);
            try {
                fill(exchange.getMessage(), message);
                try {
                    getProcessor().process(exchange);
                } catch (Exception e) {
                    exchange.setException(e);
                }
                if (exchange.getException() != null) {
                    getExceptionHandler().handleException(
                            "The route failed on received message " + key + "; it comes again on the next poll", exchange,
                            exchange.getException());
                    return false;
                }
                try {
                    idempotentRepository.add(key);
                } catch (RuntimeException e) {
                    // not recorded: it comes again (at least once), which beats being lost
                    getExceptionHandler().handleException(
                            "The idempotent repository did not record received message " + key + "; it comes again", e);
                    return false;
                }
                return true;
            } finally {
                releaseExchange(exchange, false);
            }
        } finally {
            emitting.unlock();
        }
    }

    private static void fill(Message exchangeMessage, InboxMessage message) {
        exchangeMessage.setBody(message);
        exchangeMessage.setHeader(IletiMerkeziConstants.MESSAGE_ID, message.key());
        exchangeMessage.setHeader(IletiMerkeziConstants.FROM, message.sender());
        exchangeMessage.setHeader(IletiMerkeziConstants.TO, message.receiver());
        if (message.receivedAt() != null) {
            exchangeMessage.setHeader(IletiMerkeziConstants.RECEIVED_AT, message.receivedAt());
        }
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(SendTimeFormat.ISTANBUL));
    }
}
