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

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * A clock tests can move: scheduled orders, delivery delays and the 10-minute duplicate rule all read it, so a test
 * can jump an hour ahead instead of waiting. Starts at the system time and follows it until {@link #freeze()}.
 */
public final class SandboxClock extends Clock {

    private volatile Instant frozenAt;
    private volatile Duration offset = Duration.ZERO;

    /** Stops the clock at its current time; {@link #advance(Duration)} moves it from there. */
    public SandboxClock freeze() {
        frozenAt = instant();
        return this;
    }

    /** Stops the clock at the given instant. */
    public SandboxClock freezeAt(Instant instant) {
        frozenAt = instant;
        return this;
    }

    /** Moves the clock forward (frozen or running). */
    public void advance(Duration duration) {
        if (frozenAt != null) {
            frozenAt = frozenAt.plus(duration);
        } else {
            offset = offset.plus(duration);
        }
    }

    @Override
    public Instant instant() {
        Instant frozen = frozenAt;
        return frozen != null ? frozen : Instant.now().plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return ZoneId.of("Europe/Istanbul");
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the sandbox clock runs on Istanbul time");
    }
}
