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

import io.github.cameliletimerkezi.IletiMerkeziComponent;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The pace's arithmetic on a given clock (no waiting in the test): each send reserves recipients / rate seconds at its
 * own rate; paces belong to a component, not to the JVM.
 */
class AccountPaceTest {

    private static final long SECOND = 1_000_000_000L;
    private static final String ACCOUNT = "https://api.example|key-1";

    @Test
    void sendsAreSpacedByTheirRecipients() {
        AccountPace pace = new AccountPace();

        assertThat(pace.reserve(50, 100, 0)).isZero();
        assertThat(pace.reserve(100, 100, 0)).isEqualTo(SECOND / 2);
        assertThat(pace.reserve(1, 100, SECOND / 4)).isEqualTo(SECOND + SECOND / 2 - SECOND / 4);
    }

    @Test
    void anIdleAccountSendsAtOnce() {
        AccountPace pace = new AccountPace();

        pace.reserve(100, 100, 0);
        assertThat(pace.reserve(100, 100, 5 * SECOND)).isZero();
    }

    @Test
    void aChangedRateAppliesFromTheNextSend() {
        AccountPace pace = new AccountPace();

        pace.reserve(10, 10, 0); // the old route: one second
        assertThat(pace.reserve(10, 1000, 0)).isEqualTo(SECOND); // the reloaded route waits for the old reservation only
        assertThat(pace.reserve(10, 1000, 0)).isEqualTo(SECOND + SECOND / 100); // then goes at its own rate
    }

    @Test
    void eachComponentHasItsOwnPacesUnlessGivenTheSame() throws Exception {
        try (DefaultCamelContext first = new DefaultCamelContext(); DefaultCamelContext second = new DefaultCamelContext()) {
            IletiMerkeziComponent one = new IletiMerkeziComponent();
            IletiMerkeziComponent other = new IletiMerkeziComponent();
            first.addComponent("iletimerkezi", one);
            second.addComponent("iletimerkezi", other);

            assertThat(one.getAccountPaces().of(ACCOUNT)).isSameAs(one.getAccountPaces().of(ACCOUNT))
                    .isNotSameAs(other.getAccountPaces().of(ACCOUNT));
            one.getAccountPaces().of(ACCOUNT).reserve(100, 1, 0);
            assertThat(other.getAccountPaces().of(ACCOUNT).reserve(1, 1, 0)).as("another context does not wait").isZero();

            AccountPaces shared = new AccountPaces();
            one.setAccountPaces(shared);
            other.setAccountPaces(shared);
            shared.of(ACCOUNT).reserve(100, 1, 0);
            assertThat(other.getAccountPaces().of(ACCOUNT).reserve(1, 1, 0)).as("told to share, it waits")
                    .isEqualTo(100 * SECOND);
        }
    }

    @Test
    void aRateMustBePositive() {
        assertThatThrownBy(() -> new AccountPace().reserve(1, 0, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("pace");
    }
}
