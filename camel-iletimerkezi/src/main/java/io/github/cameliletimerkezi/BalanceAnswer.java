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
package io.github.cameliletimerkezi;

import java.math.BigDecimal;

/**
 * What a balance query told the producer health check: the balance, the provider's refusal, or no answer at all.
 */
sealed interface BalanceAnswer {

    /** The provider answered 200 with the account's balance. */
    record Balance(Long credits, BigDecimal amount) implements BalanceAnswer {
    }

    /** The provider answered with an error status: 401 wrong credentials, 503 provider down, ... */
    record Refused(int statusCode, String statusMessage) implements BalanceAnswer {
    }

    /** No usable answer: connection refused, timeout, an unreadable body. */
    record Unreachable(Exception cause) implements BalanceAnswer {
    }
}
