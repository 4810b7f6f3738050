package io.github.cameliletimerkezi.sandbox;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * An order the sandbox accepted. Each recipient has the time its delivery report arrives and its outcome, decided at
 * send time from the seeded random source, so a report is a pure function of the clock.
 */
final class SandboxOrder {

    record Recipient(String number, Instant finalAt, boolean delivered, int parts) {

        int statusAt(Instant now) {
            if (now.isBefore(finalAt)) {
                return 110;
            }
            return delivered ? 111 : 112;
        }
    }

    final long id;
    final String sender;
    final Instant submitAt;
    final Instant sendAt;
    final boolean scheduled;
    final List<Recipient> recipients;
    final BigDecimal pricePerPart;
    volatile boolean cancelled;

    SandboxOrder(long id, String sender, Instant submitAt, Instant sendAt, boolean scheduled, List<Recipient> recipients,
                 BigDecimal pricePerPart) {
        this.id = id;
        this.sender = sender;
        this.submitAt = submitAt;
        this.sendAt = sendAt;
        this.scheduled = scheduled;
        this.recipients = recipients;
        this.pricePerPart = pricePerPart;
    }

    boolean hasStarted(Instant now) {
        return !now.isBefore(sendAt);
    }

    int totalParts() {
        return recipients.stream().mapToInt(Recipient::parts).sum();
    }
}
