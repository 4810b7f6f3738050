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

/** Sends share a pace when they go to the same API root for the same account, named without a secret. */
class AccountKeyTest {

    @Test
    void theKeyIsTheApiRootAndThePublicKeyOrElseTheUsername() {
        assertThat(AccountPaces.accountKey("https://api.example", "key-1", "5301234567")).isEqualTo("https://api.example|key-1");
        assertThat(AccountPaces.accountKey("https://api.example", null, "5301234567")).isEqualTo("https://api.example|5301234567");
        assertThat(AccountPaces.accountKey("https://api.example", " ", "5301234567")).isEqualTo("https://api.example|5301234567");
    }

    @Test
    void oneAccountOnOneApiRootIsOnePace() {
        AccountPaces paces = new AccountPaces();

        assertThat(paces.of(AccountPaces.accountKey("https://api.example", "key-1", null)))
                .isSameAs(paces.of(AccountPaces.accountKey("https://api.example", "key-1", "5301234567")))
                .isNotSameAs(paces.of(AccountPaces.accountKey("https://other.example", "key-1", null)));
    }
}
