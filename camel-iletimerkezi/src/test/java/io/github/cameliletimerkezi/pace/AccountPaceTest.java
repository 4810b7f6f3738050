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

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The pace's arithmetic on a given clock (no waiting in the test): each send reserves recipients / rate seconds.
 */
class AccountPaceTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void sendsAreSpacedByTheirRecipients() {
        AccountPace pace = new AccountPace(100);

        assertThat(pace.reserve(50, 0)).isZero();
        assertThat(pace.reserve(100, 0)).isEqualTo(SECOND / 2);
        assertThat(pace.reserve(1, SECOND / 4)).isEqualTo(SECOND + SECOND / 2 - SECOND / 4);
    }

    @Test
    void anIdleAccountSendsAtOnce() {
        AccountPace pace = new AccountPace(100);

        pace.reserve(100, 0);
        assertThat(pace.reserve(100, 5 * SECOND)).isZero();
    }

    @Test
    void oneInstancePerAccountAndTheFirstRateHolds() {
        AccountPace first = AccountPace.of("https://api.example|key-1", 100);

        assertThat(AccountPace.of("https://api.example|key-1", 10)).isSameAs(first);
        assertThat(first.recipientsPerSecond()).isEqualTo(100);
        assertThat(AccountPace.of("https://api.example|key-2", 10)).isNotSameAs(first);
    }

    @Test
    void aRateMustBePositive() {
        assertThatThrownBy(() -> new AccountPace(0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pace");
    }
}
