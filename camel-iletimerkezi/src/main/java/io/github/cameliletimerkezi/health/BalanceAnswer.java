package io.github.cameliletimerkezi.health;

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
