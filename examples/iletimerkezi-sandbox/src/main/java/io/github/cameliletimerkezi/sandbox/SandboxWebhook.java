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
package io.github.cameliletimerkezi.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The provider's delivery-report push, when notification URLs are set: for every recipient of an order, a JSON POST
 * {@code {"report":{"id","packet_id","status","to","body"}}} with {@code accepted} when the order is sent, then
 * {@code delivered} or {@code undelivered} when its report arrives (reference §3.10), to every URL. Pushes follow the
 * sandbox clock from the moment of sending; a recipient's pushes go out one after another.
 * <p>
 * The provider documents no retry. The sandbox's own choice: a push that cannot connect, times out
 * ({@value #TIMEOUT_SECONDS} s) or is answered 5xx is tried again after 1 s and after 4 s more, three attempts in all;
 * any other answer ends it. Every attempt goes into a log of the last {@value #LOG_SIZE} with the answer it got.
 * A target that is down costs the sandbox nothing but that log's lines.
 */
final class SandboxWebhook implements AutoCloseable {

    static final int LOG_SIZE = 500;
    static final int TIMEOUT_SECONDS = 5;
    /** The waits before the second and third attempt. */
    static final List<Duration> RETRY_DELAYS = List.of(Duration.ofSeconds(1), Duration.ofSeconds(4));
    /** How much of an answer's body the log keeps. */
    private static final int ANSWER_CHARS = 200;

    /** One attempt of one push and what came back: a status code, or why none came. */
    record Attempt(long sequence, Instant at, String url, long orderId, long messageId, String to, String status,
            int attempt, int httpStatus, String answer, boolean retried) {
    }

    private final SandboxClock clock;
    /** The timer and the client exist once a push is due: a sandbox that never pushes runs no thread for it. */
    private ScheduledExecutorService scheduler;
    private HttpClient http;
    private boolean closed;
    private final AtomicLong pushes = new AtomicLong();
    private final ArrayDeque<Attempt> log = new ArrayDeque<>();
    private long sequence;
    private volatile List<String> urls = List.of();

    SandboxWebhook(SandboxClock clock) {
        this.clock = clock;
    }

    /** Replaces the targets; an empty list stops pushing. */
    void urls(List<String> targets) {
        List<String> checked = new ArrayList<>();
        for (String target : targets) {
            checked.add(checkedUrl(target));
        }
        this.urls = List.copyOf(checked);
    }

    List<String> urls() {
        return urls;
    }

    /** An absolute http or https URL, or an IllegalArgumentException saying what is wrong with it. */
    static String checkedUrl(String url) {
        URI uri;
        try {
            uri = URI.create(url.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("push URL '" + url + "' is not a URL: " + e.getMessage());
        }
        if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
            throw new IllegalArgumentException("push URL '" + url + "' must be an absolute http:// or https:// address");
        }
        return uri.toString();
    }

    /** Pushes finished (answered or given up), one per recipient, status and target. */
    long pushes() {
        return pushes.get();
    }

    /** The latest attempts, newest first. */
    synchronized List<Attempt> attempts() {
        List<Attempt> newestFirst = new ArrayList<>(log);
        Collections.reverse(newestFirst);
        return newestFirst;
    }

    void accepted(SandboxOrder order) {
        if (urls.isEmpty()) {
            return;
        }
        for (int i = 0; i < order.recipients.size(); i++) {
            SandboxOrder.Recipient recipient = order.recipients.get(i);
            int index = i;
            schedule(order.sendAt, () -> {
                if (!order.cancelled) {
                    push(order, index, "accepted");
                }
            });
            if (recipient.finalAt() != null) {
                schedule(recipient.finalAt(), () -> pushFinal(order, index));
            }
        }
    }

    /** The console settled a recipient: its outcome goes out now, unless it went out already. */
    void settled(SandboxOrder order, int index) {
        if (!urls.isEmpty()) {
            pushFinal(order, index);
        }
    }

    private void pushFinal(SandboxOrder order, int index) {
        SandboxOrder.Recipient recipient = order.recipients.get(index);
        if (!order.cancelled && recipient.claimFinalPush()) {
            push(order, index, recipient.delivered() ? "delivered" : "undelivered");
        }
    }

    private synchronized ScheduledExecutorService scheduler() {
        if (scheduler == null) {
            scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "iletimerkezi-sandbox-webhook");
                thread.setDaemon(true);
                return thread;
            });
            if (closed) {
                scheduler.shutdown();
            }
        }
        return scheduler;
    }

    private synchronized HttpClient http() {
        if (http == null) {
            http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(TIMEOUT_SECONDS)).build();
        }
        return http;
    }

    private void schedule(Instant at, Runnable push) {
        long delay = Math.max(0, Duration.between(clock.instant(), at).toMillis());
        try {
            scheduler().schedule(push, delay, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            // stopping
        }
    }

    private void push(SandboxOrder order, int index, String status) {
        List<String> targets = urls;
        SandboxOrder.Recipient recipient = order.recipients.get(index);
        long messageId = order.id * 100_000 + index;
        ObjectNode report = SandboxJsonApi.MAPPER.createObjectNode();
        report.putObject("report").put("id", messageId).put("packet_id", order.id).put("status", status)
                .put("to", recipient.number()).put("body", recipient.text());
        String json = report.toString();
        synchronized (recipient) {
            if (recipient.pushes == null) {
                recipient.pushes = new HashMap<>();
            }
            for (String url : targets) {
                CompletableFuture<Void> previous = recipient.pushes.getOrDefault(url, CompletableFuture.completedFuture(null));
                recipient.pushes.put(url, previous
                        .thenCompose(ignored -> attempt(url, json, order.id, messageId, recipient.number(), status, 1))
                        .whenComplete((done, failure) -> pushes.incrementAndGet())
                        .exceptionally(failure -> null));
            }
        }
    }

    private CompletableFuture<Void> attempt(String url, String json, long orderId, long messageId, String to, String status,
                                            int attempt) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(TIMEOUT_SECONDS))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build();
        return http().sendAsync(request, HttpResponse.BodyHandlers.ofInputStream()).handle((response, failure) -> {
            int httpStatus = response == null ? 0 : response.statusCode();
            String answer = response == null ? describe(failure) : firstChars(response.body());
            boolean retry = (response == null || httpStatus >= 500) && attempt <= RETRY_DELAYS.size();
            record(new Attempt(0, clock.instant(), url, orderId, messageId, to, status, attempt, httpStatus, answer, retry));
            return retry;
        }).thenCompose(retry -> {
            if (!retry) {
                return CompletableFuture.<Void>completedFuture(null);
            }
            Duration wait = RETRY_DELAYS.get(attempt - 1);
            return CompletableFuture.runAsync(() -> { }, CompletableFuture.delayedExecutor(wait.toMillis(),
                    TimeUnit.MILLISECONDS, scheduler())).thenCompose(ignored -> attempt(url, json, orderId, messageId, to,
                            status, attempt + 1));
        });
    }

    private synchronized void record(Attempt attempt) {
        if (log.size() == LOG_SIZE) {
            log.removeFirst();
        }
        log.addLast(new Attempt(++sequence, attempt.at(), attempt.url(), attempt.orderId(), attempt.messageId(),
                attempt.to(), attempt.status(), attempt.attempt(), attempt.httpStatus(), attempt.answer(), attempt.retried()));
    }

    private static String describe(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof HttpTimeoutException) {
            return "no answer within " + TIMEOUT_SECONDS + " s";
        }
        if (cause instanceof java.net.ConnectException) {
            return "connection refused";
        }
        return cause.getClass().getSimpleName() + (cause.getMessage() != null ? ": " + cause.getMessage() : "");
    }

    private static String firstChars(InputStream body) {
        try (body) {
            String text = new String(body.readNBytes(ANSWER_CHARS * 4), StandardCharsets.UTF_8);
            return text.length() > ANSWER_CHARS ? text.substring(0, ANSWER_CHARS) + "…" : text;
        } catch (IOException e) {
            return "(body unreadable: " + e.getMessage() + ")";
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }
}
