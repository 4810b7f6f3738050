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

import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.apache.camel.support.service.ServiceHelper;

/**
 * What the report consumers and webhook receivers of one component share so a recipient's update is emitted once
 * whichever of them sees it first: a record (in memory, owned by the component) of the delivery updates any of them
 * emitted, under {@code DeliveryUpdate#idempotentKey}, and a lock per key, held while one of them checks, emits and
 * records it. Each consumer keeps its own idempotent repository besides.
 */
public final class DeliveryUpdates {

    /** Updates the default in-memory repository remembers: enough for the largest order the provider accepts. */
    public static final int DEFAULT_REMEMBERED_UPDATES = 200_000;
    private static final int STRIPES = 256;

    private final IdempotentRepository repository = MemoryIdempotentRepository.memoryIdempotentRepository(DEFAULT_REMEMBERED_UPDATES);
    private final IdempotentRepository polled = MemoryIdempotentRepository.memoryIdempotentRepository(DEFAULT_REMEMBERED_UPDATES);
    private final Object[] locks = new Object[STRIPES];

    public DeliveryUpdates() {
        for (int i = 0; i < STRIPES; i++) {
            locks[i] = new Object();
        }
        ServiceHelper.startService(repository, polled);
    }

    /**
     * The delivery updates webhook receivers emitted (report consumers skip them); started and stopped with the
     * component.
     */
    public IdempotentRepository repository() {
        return repository;
    }

    /**
     * The delivery updates report consumers emitted (webhook receivers skip them). Report consumers do not check it:
     * each follows its own orders, and one order may hold a number twice.
     */
    public IdempotentRepository polled() {
        return polled;
    }

    /** The monitor to hold while an update with this key is checked, emitted and recorded. */
    public Object lock(String key) {
        return locks[Math.floorMod(key.hashCode(), STRIPES)];
    }

    /** Forgets every update; the component calls it when it stops. */
    public void stop() {
        ServiceHelper.stopService(repository, polled);
        ServiceHelper.startService(repository, polled);
    }
}
