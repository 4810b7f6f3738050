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

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.apache.camel.support.service.ServiceHelper;

/**
 * What the consumers of one component share for their {@link UpdateEmitter}s: the idempotent repository used where
 * none was configured (in memory, so per JVM), and a lock per update identity, held while one emitter checks, emits
 * and records it, so a push and a poll of the same update in this JVM never both emit it. The default memory holds the
 * keys of the orders in flight only (a report consumer removes a final order's keys, so orders never evict each
 * other); the last {@value #REMEMBERED_FINAL_ORDERS} final orders are remembered by name, so a late push of one is not
 * emitted again.
 */
public final class StreamUpdates {

    /** Final orders remembered by name in the default memory. */
    public static final int REMEMBERED_FINAL_ORDERS = 100_000;
    private static final int STRIPES = 256;

    private final Map<String, Object> keys = new ConcurrentHashMap<>();
    private final MemoryIdempotentRepository memory
            = (MemoryIdempotentRepository) MemoryIdempotentRepository.memoryIdempotentRepository(keys);
    private final Set<String> finalOrders = Collections.synchronizedSet(Collections.newSetFromMap(
            new LinkedHashMap<>(16, 0.75f, false) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                    return size() > REMEMBERED_FINAL_ORDERS;
                }
            }));
    private final Object[] locks = new Object[STRIPES];

    public StreamUpdates() {
        for (int i = 0; i < STRIPES; i++) {
            locks[i] = new Object();
        }
        ServiceHelper.startService(memory);
    }

    /** The repository of consumers that configured none; started and cleared with the component. */
    public IdempotentRepository memory() {
        return memory;
    }

    /** The default memory's keys. */
    public Map<String, Object> memoryKeys() {
        return keys;
    }

    /**
     * Forgets the default memory's keys of a final order (they start with {@code orderPrefix}) and remembers the order
     * as final instead.
     */
    void finished(String orderPrefix) {
        finalOrders.add(orderPrefix);
        keys.keySet().removeIf(key -> key.startsWith(orderPrefix));
    }

    /** Whether a report consumer using the default memory saw the order final and emitted all of it. */
    boolean isFinished(String orderPrefix) {
        return finalOrders.contains(orderPrefix);
    }

    /** The monitor to hold while an update of this identity is checked, emitted and recorded. */
    Object lock(String identity) {
        return locks[Math.floorMod(identity.hashCode(), STRIPES)];
    }

    /** Forgets every update; the component calls it when it stops. */
    public void stop() {
        finalOrders.clear();
        ServiceHelper.stopService(memory);
        ServiceHelper.startService(memory);
    }
}
