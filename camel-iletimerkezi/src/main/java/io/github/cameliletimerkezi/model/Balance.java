package io.github.cameliletimerkezi.model;

import java.math.BigDecimal;

/**
 * An account's balance.
 *
 * @param amount the balance in Turkish lira, or null when the answer carries none
 * @param sms    the SMS credit, or null when the answer carries none
 */
public record Balance(BigDecimal amount, Long sms) {
}
