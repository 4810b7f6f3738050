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
package io.github.cameliletimerkezi.client.xml;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Keeps a few idle instances of something costly to build and unsafe to share (a secured XML parser) for the
 * next caller. Lock-free, so concurrent sends never queue on it; not tied to threads, so it neither pins this class
 * loader to pooled or container threads nor builds a new instance for every virtual thread. Beyond {@code maxIdle}
 * idle instances, returned ones are dropped.
 */
final class IdlePool<T> {

    private final Queue<T> idle = new ConcurrentLinkedQueue<>();
    private final AtomicInteger idleCount = new AtomicInteger();
    private final Supplier<T> factory;
    private final int maxIdle;

    IdlePool(Supplier<T> factory, int maxIdle) {
        this.factory = factory;
        this.maxIdle = maxIdle;
    }

    /** An idle instance, or a new one when none is idle. */
    T take() {
        T instance = idle.poll();
        if (instance == null) {
            return factory.get();
        }
        idleCount.decrementAndGet();
        return instance;
    }

    /** Hands an instance back once its last use completed normally; one left in an unknown state is not returned. */
    void giveBack(T instance) {
        if (idleCount.incrementAndGet() <= maxIdle) {
            idle.offer(instance);
        } else {
            idleCount.decrementAndGet();
        }
    }
}
