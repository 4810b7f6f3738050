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

import io.github.cameliletimerkezi.client.IletiMerkeziException;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.cameliletimerkezi.report.UpdateEmitter.Emission;
import io.github.cameliletimerkezi.api.IletiMerkeziClient;
import io.github.cameliletimerkezi.metrics.StreamMetrics;
import io.github.cameliletimerkezi.model.DeliveryStatus;
import io.github.cameliletimerkezi.model.DeliveryUpdate;
import io.github.cameliletimerkezi.model.IletiMerkeziResponse;
import io.github.cameliletimerkezi.model.OrderReport;
import io.github.cameliletimerkezi.model.OrderStatus;
import io.github.cameliletimerkezi.model.OrderUpdate;
import io.github.cameliletimerkezi.model.RecipientStatus;
import io.github.cameliletimerkezi.model.StatusCodes;

/**
 * Walks one order's delivery report a page at a time and hands every final status to the {@link UpdateEmitter}, which
 * emits those nobody emitted yet: one {@link DeliveryUpdate} per recipient row, then one {@link OrderUpdate} when the
 * order is final. Rows carry no message id: the k-th row of a number at a status is its k-th message there. When page
 * 1's counters equal those of the last complete poll, nothing changed and the other pages are not fetched. Any answer
 * but 200 and 456 (and any I/O failure) is thrown; the result tells the caller what changed, this class writes nothing.
 */
public final class ReportPoller {

    /** What became of an order in one poll. */
    enum Outcome {
        /** Scheduled and not sent yet (456). */
        WAITING,
        /** Counters unchanged since the last complete poll: only page 1 was read. */
        UNCHANGED,
        /** Read whole; every change handed over, the order is not final yet. */
        PROGRESSED,
        /** Final (114, 115), and every update handled: stop following it. */
        FINISHED,
        /** A route failed on an update, or the consumer is stopping; the same updates come again next poll. */
        INCOMPLETE
    }

    /**
     * @param day      the order's submit day as the report gives it, or null
     * @param counters the counters to keep as handled (set when every change was handled), or null to keep the old
     */
    public record Result(Outcome outcome, int emitted, LocalDate day, String counters) {
    }

    private final IletiMerkeziClient client;
    private final int rowCount;
    private final Clock clock;
    private final StreamMetrics metrics;
    private final AtomicInteger requests = new AtomicInteger();

    public ReportPoller(IletiMerkeziClient client, int rowCount, Clock clock, StreamMetrics metrics) {
        this.client = client;
        this.rowCount = rowCount;
        this.clock = clock;
        this.metrics = metrics;
    }

    /** The report pages asked since the last call; the poll's count, as the consumer calls it once per poll. */
    public int takeRequests() {
        return requests.getAndSet(0);
    }

    public Result poll(FollowedOrder order, UpdateEmitter emitter) throws IOException {
        String orderId = order.orderId();
        requests.incrementAndGet();
        IletiMerkeziResponse first = client.report(orderId, 1, rowCount);
        if (first.getCode() == StatusCodes.ORDER_NOT_STARTED) {
            return new Result(Outcome.WAITING, 0, null, null);
        }
        if (first.isError()) {
            throw new IletiMerkeziException(first);
        }
        OrderReport firstPage = first.getReport();
        LocalDate day = submitDay(firstPage.submitAt());
        String counters = counters(firstPage);
        if (counters != null && counters.equals(order.counters())) {
            return new Result(Outcome.UNCHANGED, 0, day, null);
        }

        Instant now = clock.instant();
        int emitted = 0;
        boolean allHandled = true;
        int page = 1;
        OrderReport current = firstPage;
        Map<String, Integer> occurrences = new HashMap<>();
        while (true) {
            List<RecipientStatus> rows = current.recipients();
            for (int i = 0; i < rows.size(); i++) {
                RecipientStatus row = rows.get(i);
                DeliveryStatus status = row.deliveryStatus();
                if (status == null || !status.isFinal()) {
                    continue;
                }
                // several texts of one order may go to one number: the k-th such row is the k-th message there
                DeliveryUpdate update = new DeliveryUpdate(orderId, row.number(), row.status(), status, now);
                int occurrence = occurrences.merge(emitter.recipientIdentity(orderId, row.number(), row.status()), 1,
                        Integer::sum);
                Emission emission = emitter.polled(update, occurrence);
                if (emission == Emission.STOPPED) {
                    return new Result(Outcome.INCOMPLETE, emitted, day, null);
                }
                if (emission == Emission.EMITTED) {
                    emitted++;
                    metrics.deliveryTime(StreamMetrics.RECIPIENT, row.status(), Duration.between(order.followedAt(), now));
                }
                allHandled &= emission != Emission.FAILED;
            }
            if (!hasNextPage(firstPage, current, page)) {
                break;
            }
            page++;
            requests.incrementAndGet();
            IletiMerkeziResponse next = client.report(orderId, page, rowCount);
            if (next.isError()) {
                throw new IletiMerkeziException(next);
            }
            current = next.getReport();
        }

        if (!allHandled) {
            return new Result(Outcome.INCOMPLETE, emitted, day, null);
        }
        OrderStatus orderStatus = firstPage.orderStatus();
        if (orderStatus != null && orderStatus.isFinal()) {
            Emission emission = emitter.order(new OrderUpdate(orderId, orderStatus.code(), firstPage.total(),
                    firstPage.delivered(), firstPage.undelivered(), firstPage.waiting(), firstPage.price(), now));
            if (emission == Emission.EMITTED) {
                emitted++;
                metrics.deliveryTime(StreamMetrics.ORDER, orderStatus.code(), Duration.between(order.followedAt(), now));
            }
            return new Result(finished(emission), emitted, day, null);
        }
        return new Result(Outcome.PROGRESSED, emitted, day, counters);
    }

    private static Outcome finished(Emission orderEmission) {
        return orderEmission == Emission.FAILED || orderEmission == Emission.STOPPED ? Outcome.INCOMPLETE : Outcome.FINISHED;
    }

    /** The page count comes from the order's total; without one, a full page means there may be another. */
    private boolean hasNextPage(OrderReport firstPage, OrderReport current, int page) {
        if (firstPage.total() != null) {
            return page < firstPage.pageCount(rowCount);
        }
        return current.recipients().size() >= rowCount;
    }

    /** The counters that change whenever a recipient's status does; null when the report has no total to rely on. */
    private static String counters(OrderReport report) {
        return counters(report.status(), report.total(), report.delivered(), report.undelivered(), report.waiting());
    }

    /**
     * An order's counters as one text, alike for a report and a line of the order list, so either can be compared
     * with what a poll last saw; null without a total. A counter left out is 0, as the provider leaves out or empties
     * zero counters.
     */
    static String counters(Integer status, Integer total, Integer delivered, Integer undelivered, Integer waiting) {
        if (total == null) {
            return null;
        }
        return status + "|" + total + "|" + zeroIfAbsent(delivered) + "|" + zeroIfAbsent(undelivered) + "|"
               + zeroIfAbsent(waiting);
    }

    private static int zeroIfAbsent(Integer counter) {
        return counter == null ? 0 : counter;
    }

    /** The day part of a report time ({@code yyyy-MM-dd HH:mm:ss}), which the order list filters on; null if unreadable. */
    static LocalDate submitDay(String submitAt) {
        if (submitAt == null || submitAt.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(submitAt.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
