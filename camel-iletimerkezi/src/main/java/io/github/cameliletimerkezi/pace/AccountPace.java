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
package io.github.cameliletimerkezi.pace;

import java.util.concurrent.TimeUnit;

/**
 * Keeps an account's sends under a rate in recipients per second (the provider's transactional limit is 100,
 * counted in recipients, not requests). A send of n recipients reserves n / rate seconds after the previous
 * reservation, at the rate its own endpoint sets, and waits until its turn: a burst is spread, never refused, and a
 * changed rate (a reloaded route) applies from the next send on. Instances come from {@link AccountPaces}.
 */
public final class AccountPace {

    private long nextFreeNanos;
    private boolean started;

    AccountPace() {
    }

    /** Waits for the turn of a send of this many recipients at this rate. */
    public void acquire(int recipients, double recipientsPerSecond) throws InterruptedException {
        long waitNanos = reserve(recipients, recipientsPerSecond, System.nanoTime());
        if (waitNanos > 0) {
            TimeUnit.NANOSECONDS.sleep(waitNanos);
        }
    }

    /**
     * Reserves the slot of a send of this many recipients at {@code nowNanos}, and says how long to wait before
     * sending: zero when the account has been idle long enough.
     */
    synchronized long reserve(int recipients, double recipientsPerSecond, long nowNanos) {
        if (recipientsPerSecond <= 0) {
            throw new IllegalArgumentException("pace must be above 0 recipients per second, was " + recipientsPerSecond);
        }
        long start = !started || nowNanos - nextFreeNanos > 0 ? nowNanos : nextFreeNanos;
        started = true;
        nextFreeNanos = start + (long) (recipients * 1_000_000_000d / recipientsPerSecond);
        return start - nowNanos;
    }
}
