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
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.github.cameliletimerkezi.client.IletiMerkeziException;
import io.github.cameliletimerkezi.inbox.InboxMessage;
import io.github.cameliletimerkezi.inbox.InboxPage;
import io.github.cameliletimerkezi.inbox.InboxQuery;
import io.github.cameliletimerkezi.model.IletiMerkeziResponse;
import io.github.cameliletimerkezi.model.SendTimeFormat;
import io.github.cameliletimerkezi.report.StreamNames;
import io.github.cameliletimerkezi.report.UpdateEmitter;
import io.github.cameliletimerkezi.report.UpdateEmitter.Emission;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.ScheduledPollConsumer;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.apache.camel.support.service.ServiceHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls {@code get-inbox} and emits one exchange per received SMS, each once: a message counts as emitted only when
 * the route processed it and the idempotent repository recorded it, so one whose exchange failed comes again on the
 * next poll (at least once). Only messages received within a window are considered: it starts
 * {@code inboxLookback} before the consumer starts and moves forward after each poll, held back by messages that
 * failed. Pages are walked until the provider's {@code totalRows} is read, a page brings nothing new, or (where the
 * provider lists newest first) a page ends before the window; a walk cut short is logged at WARN. Messages reach the
 * route through the {@link UpdateEmitter} the report and webhook consumers use, under {@code stream/inbox/id}. A
 * refused poll throws {@link InboxPollException}, which the scheduled-poll health check reports with its status code.
 */
public class IletiMerkeziInboxConsumer extends ScheduledPollConsumer {

    private static final Logger LOG = LoggerFactory.getLogger(IletiMerkeziInboxConsumer.class);

    /** The most pages read in one poll, against an answer that never says it is complete. */
    static final int MAX_PAGES = 1000;
    private static final Comparator<InboxMessage> OLDEST_FIRST
            = Comparator.comparing(InboxMessage::receivedAt, Comparator.nullsLast(Comparator.naturalOrder()));

    private final IletiMerkeziConfiguration configuration;
    private final Clock clock = Clock.systemUTC();
    private IdempotentRepository idempotentRepository;
    private UpdateEmitter emitter;
    private boolean repeatWarned;
    private boolean shortWarned;
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

    /** The name this consumer's keys are kept under (streamName, else the route id); null before start. */
    public String getStreamName() {
        return emitter == null ? null : emitter.stream();
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
        String stream = StreamNames.of(this, configuration.getStreamName(), configuration.getIdempotentRepository());
        ServiceHelper.startService(idempotentRepository);
        emitter = new UpdateEmitter(this, idempotentRepository, stream, getEndpoint().getComponent().getStreamUpdates(),
                UpdateMessageHeaders.INSTANCE);
        since = now().minus(Duration.ofMillis(configuration.getInboxLookback()));
        super.doStart();
    }

    @Override
    protected void doStop() throws Exception {
        if (emitter == null) {
            super.doStop();
        } else {
            emitter.stopWhenIdle(super::doStop);
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
            String key = "inbox/" + message.key();
            if (emitter.emitted(key)) {
                continue;
            }
            Emission emission = emitter.other(key, message, headers -> fill(headers, message));
            if (emission == Emission.STOPPED) {
                interrupted = true;
                break;
            }
            if (emission == Emission.EMITTED) {
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

    /**
     * The pages of the inbox that can hold messages not emitted yet, each message once. The walk ends at a page that
     * brings nothing new (the provider ignored the page number: logged at WARN), once totalRows are read, and, where
     * the provider lists newest first, after a page whose messages all came before the window (the later pages are
     * older still). A walk that ends with fewer messages than totalRows is logged at WARN.
     */
    private List<InboxMessage> read() throws Exception {
        List<InboxMessage> messages = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        int rows = 0;
        Integer totalRows = null;
        LocalDateTime window = since;
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
            totalRows = listed.totalRows() != null ? listed.totalRows() : totalRows;
            boolean added = false;
            for (InboxMessage message : listed.messages()) {
                if (keys.add(message.key())) {
                    messages.add(message);
                    added = true;
                }
            }
            if (!added) {
                warnOnce(!repeatWarned, "İleti Merkezi inbox: page " + page + " repeats messages of the earlier pages"
                        + " (the provider ignored the page number); the messages after page " + (page - 1)
                        + " could not be read");
                repeatWarned = true;
                return messages;
            }
            rows += listed.rows();
            if (totalRows != null && rows >= totalRows) {
                return messages;
            }
            if (totalRows == null || newestFirstAndBefore(listed.messages(), window)) {
                // without a count, or when the rest is older than the window: nothing new can follow
                return messages;
            }
        }
        if (totalRows != null && rows < totalRows) {
            warnOnce(!shortWarned, "İleti Merkezi inbox: totalRows is " + totalRows + " but the pages listed " + rows
                    + " messages; the others could not be read");
            shortWarned = true;
        }
        return messages;
    }

    /** Whether the page lists newest first and its oldest message came before the window. */
    private static boolean newestFirstAndBefore(List<InboxMessage> page, LocalDateTime window) {
        LocalDateTime previous = null;
        for (InboxMessage message : page) {
            LocalDateTime at = message.receivedAt();
            if (at == null || previous != null && at.isAfter(previous)) {
                return false;
            }
            previous = at;
        }
        return previous != null && previous.isBefore(window);
    }

    private static void warnOnce(boolean first, String message) {
        if (first) {
            LOG.warn("{} (logged once; later polls at DEBUG)", message);
        } else {
            LOG.debug(message);
        }
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
                    emitter.forget(entry.getKey());
                }
                return old;
            });
        }
    }

    private boolean mayEmit() {
        return isRunAllowed() && !isSuspendingOrSuspended();
    }

    private static void fill(Message exchangeMessage, InboxMessage message) {
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
