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
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * An order the sandbox accepted. Each recipient has the time its delivery report arrives and its outcome, decided at
 * send time from the seeded random source, so a report is a pure function of the clock.
 */
final class SandboxOrder {

    /**
     * One recipient of one message. Its outcome is decided at send time; the console can settle it earlier
     * ({@link #settle}), so the time and outcome are written once more, outcome first, and read time first.
     */
    static final class Recipient {

        private final String number;
        private final String text;
        private final int parts;
        /** When its report arrives; null for a recipient that never gets one. */
        private volatile Instant finalAt;
        private volatile boolean delivered;
        private boolean finalPushed;
        /**
         * The latest push of this recipient to each target: the next one waits for it, so that a receiver sees accepted
         * before the outcome, while a target that is down holds up no other. Null while nothing was pushed.
         */
        Map<String, CompletableFuture<Void>> pushes;

        Recipient(String number, String text, Instant finalAt, boolean delivered, int parts) {
            this.number = number;
            this.text = text;
            this.finalAt = finalAt;
            this.delivered = delivered;
            this.parts = parts;
        }

        String number() {
            return number;
        }

        String text() {
            return text;
        }

        int parts() {
            return parts;
        }

        Instant finalAt() {
            return finalAt;
        }

        boolean delivered() {
            return delivered;
        }

        int statusAt(Instant now) {
            Instant at = finalAt;
            if (at == null || now.isBefore(at)) {
                return 110;
            }
            return delivered ? 111 : 112;
        }

        /** Makes the outcome final now; false when the recipient already had its report. */
        synchronized boolean settle(boolean delivered, Instant now) {
            Instant at = finalAt;
            if (at != null && !now.isBefore(at)) {
                return false;
            }
            this.delivered = delivered;
            this.finalAt = now;
            return true;
        }

        /** True the first time only: the outcome is pushed once, whether its time came or the console settled it. */
        synchronized boolean claimFinalPush() {
            if (finalPushed) {
                return false;
            }
            finalPushed = true;
            return true;
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
