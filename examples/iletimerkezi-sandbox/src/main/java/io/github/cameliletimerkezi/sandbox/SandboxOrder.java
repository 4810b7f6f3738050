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

import java.time.Instant;
import java.time.LocalDateTime;
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
    /** When delivery starts: the requested time if it lies ahead, else the submit time. */
    final Instant sendAt;
    /** The send time the request named (a whole minute, Istanbul time), or null when it named none. */
    final LocalDateTime requestedSendAt;
    final List<Recipient> recipients;
    boolean cancelled;

    SandboxOrder(long id, String sender, Instant submitAt, Instant sendAt, LocalDateTime requestedSendAt,
                 List<Recipient> recipients) {
        this.id = id;
        this.sender = sender;
        this.submitAt = submitAt;
        this.sendAt = sendAt;
        this.requestedSendAt = requestedSendAt;
        this.recipients = recipients;
    }

    boolean hasStarted(Instant now) {
        return !now.isBefore(sendAt);
    }

    /** The SMS credits the order took: recipients times parts. */
    int totalParts() {
        return recipients.stream().mapToInt(Recipient::parts).sum();
    }
}
