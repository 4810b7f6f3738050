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
package io.github.cameliletimerkezi.report;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A followed order as one line of text, for the stores that keep text (file, a user's StateRepository):
 * {@code version;source;followedAt;notBefore;day;counters} with instants in epoch milliseconds and absent values
 * empty. None of the values holds a ';'.
 */
final class FollowedOrderText {

    private FollowedOrderText() {
    }

    static String format(FollowedOrder order) {
        return order.version() + ";" + order.source().name() + ";" + order.followedAt().toEpochMilli() + ";"
               + (order.notBefore() == null ? "" : order.notBefore().toEpochMilli()) + ";"
               + (order.day() == null ? "" : order.day()) + ";" + (order.counters() == null ? "" : order.counters());
    }

    /** The order written by {@link #format}; null when the text is not one. */
    static FollowedOrder parse(String orderId, String text) {
        String[] parts = text.trim().split(";", -1);
        if (parts.length != 6) {
            return null;
        }
        try {
            return new FollowedOrder(orderId, OrderSource.valueOf(parts[1]), Instant.ofEpochMilli(Long.parseLong(parts[2])),
                    parts[3].isEmpty() ? null : Instant.ofEpochMilli(Long.parseLong(parts[3])),
                    parts[4].isEmpty() ? null : LocalDate.parse(parts[4]), parts[5].isEmpty() ? null : parts[5],
                    Long.parseLong(parts[0]));
        } catch (RuntimeException e) {
            return null;
        }
    }
}
