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

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The provider's delivery-report push, when a notification URL is set: for every recipient of an order, a JSON POST
 * {@code {"report":{"id","packet_id","status","to"}}} with {@code accepted} when the order is sent, then
 * {@code delivered} or {@code undelivered} when its report arrives (reference §3.10). Pushes follow the sandbox clock
 * from the moment of sending; a failed push is not repeated (the provider documents no retry).
 */
final class SandboxWebhook implements AutoCloseable {

    private final SandboxClock clock;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "iletimerkezi-sandbox-webhook");
        thread.setDaemon(true);
        return thread;
    });
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final AtomicLong pushes = new AtomicLong();
    private volatile String url;

    SandboxWebhook(SandboxClock clock) {
        this.clock = clock;
    }

    void url(String url) {
        this.url = url;
    }

    long pushes() {
        return pushes.get();
    }

    void accepted(SandboxOrder order) {
        String target = url;
        if (target == null) {
            return;
        }
        for (int i = 0; i < order.recipients.size(); i++) {
            SandboxOrder.Recipient recipient = order.recipients.get(i);
            long messageId = order.id * 100_000 + i;
            schedule(target, order, messageId, recipient, "accepted", order.sendAt);
            schedule(target, order, messageId, recipient, recipient.delivered() ? "delivered" : "undelivered", recipient.finalAt());
        }
    }

    private void schedule(String target, SandboxOrder order, long messageId, SandboxOrder.Recipient recipient, String status,
                          Instant at) {
        long delay = Math.max(0, Duration.between(clock.instant(), at).toMillis());
        scheduler.schedule(() -> {
            if (!order.cancelled) {
                push(target, "{\"report\":{\"id\":" + messageId + ",\"packet_id\":" + order.id + ",\"status\":\"" + status
                             + "\",\"to\":\"" + recipient.number() + "\"}}");
            }
        }, delay, TimeUnit.MILLISECONDS);
    }

    private void push(String target, String json) {
        try {
            http.send(HttpRequest.newBuilder(URI.create(target)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.discarding());
        } catch (Exception e) {
            // the provider documents no retry; a lost push is what the report poll is for
        } finally {
            pushes.incrementAndGet();
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
