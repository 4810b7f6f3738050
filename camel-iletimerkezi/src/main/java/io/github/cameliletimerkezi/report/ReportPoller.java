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
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import io.github.cameliletimerkezi.report.TrackedOrders.TrackedOrder;
import io.github.cameliletimerkezi.client.IletiMerkeziClient;
import io.github.cameliletimerkezi.model.DeliveryStatus;
import io.github.cameliletimerkezi.model.DeliveryUpdate;
import io.github.cameliletimerkezi.model.IletiMerkeziResponse;
import io.github.cameliletimerkezi.model.OrderReport;
import io.github.cameliletimerkezi.model.OrderStatus;
import io.github.cameliletimerkezi.model.OrderUpdate;
import io.github.cameliletimerkezi.model.RecipientStatus;
import io.github.cameliletimerkezi.model.StatusCodes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Walks one order's delivery report a page at a time and hands every final status nobody has emitted yet to an
 * {@link Emitter}: one {@link DeliveryUpdate} per recipient, then one {@link OrderUpdate} when the order is final.
 * Memory is bounded by one page. When page 1's counters equal those of the last complete poll, nothing changed and
 * the other pages are not fetched. Any answer but 200, 455 and 456 (and any I/O failure) is thrown, leaving the
 * order's state as it was.
 */
final class ReportPoller {

    /** What became of an order in one poll. */
    enum Outcome {
        /** Scheduled and not sent yet (456). */
        WAITING,
        /** Counters unchanged since the last complete poll: only page 1 was read. */
        UNCHANGED,
        /** Read whole; every change handed over, the order is not final yet. */
        PROGRESSED,
        /** Final (114, 115) or unknown (455), and handled: stop following it. */
        FINISHED,
        /** A route failed on an update; the same updates come again next poll. */
        INCOMPLETE
    }

    record Result(Outcome outcome, int emitted) {
    }

    /** Where updates go; the key identifies an update across polls and restarts. */
    interface Emitter {
        Emission emit(String key, Object update);
    }

    enum Emission {
        ALREADY_EMITTED,
        EMITTED,
        FAILED,
        /** The consumer is stopping: nothing more is emitted in this poll. */
        STOPPED
    }

    private static final Logger LOG = LoggerFactory.getLogger(ReportPoller.class);

    private final IletiMerkeziClient client;
    private final int rowCount;
    private final Clock clock;
    private final String keyPrefix;

    /**
     * @param keyPrefix starts every update key, so consumers sharing an idempotent repository keep apart
     */
    ReportPoller(IletiMerkeziClient client, int rowCount, Clock clock, String keyPrefix) {
        this.client = client;
        this.rowCount = rowCount;
        this.clock = clock;
        this.keyPrefix = keyPrefix;
    }

    /** What every update key of an order starts with. */
    String orderKeyPrefix(String orderId) {
        return keyPrefix + "/" + orderId + "/";
    }

    Result poll(TrackedOrder order, TrackedOrders tracked, Emitter emitter) throws IOException {
        IletiMerkeziResponse first = client.report(order.id(), 1, rowCount);
        if (first.getCode() == StatusCodes.ORDER_NOT_STARTED) {
            return new Result(Outcome.WAITING, 0);
        }
        if (first.getCode() == StatusCodes.ORDER_NOT_FOUND) {
            return notFound(order, emitter);
        }
        if (first.isError()) {
            throw new IletiMerkeziException(first);
        }
        OrderReport firstPage = first.getReport();
        tracked.day(order.id(), submitDay(firstPage.submitAt()));
        String counters = counters(firstPage);
        if (counters != null && counters.equals(tracked.counters(order.id()))) {
            return new Result(Outcome.UNCHANGED, 0);
        }

        Instant now = clock.instant();
        int emitted = 0;
        boolean allHandled = true;
        int page = 1;
        OrderReport current = firstPage;
        while (true) {
            List<RecipientStatus> rows = current.recipients();
            for (int i = 0; i < rows.size(); i++) {
                RecipientStatus row = rows.get(i);
                DeliveryStatus status = row.deliveryStatus();
                if (status == null || !status.isFinal()) {
                    continue;
                }
                // the row's place in the order tells apart messages of one order sent to the same number; the
                // provider lists an order's rows in a fixed order
                long rowIndex = (long) (page - 1) * rowCount + i;
                Emission emission = emitter.emit(orderKeyPrefix(order.id()) + rowIndex + "/" + row.number() + "/" + row.status(),
                        new DeliveryUpdate(order.id(), row.number(), row.status(), status, now));
                if (emission == Emission.STOPPED) {
                    return new Result(Outcome.INCOMPLETE, emitted);
                }
                emitted += emission == Emission.EMITTED ? 1 : 0;
                allHandled &= emission != Emission.FAILED;
            }
            if (!hasNextPage(firstPage, current, page)) {
                break;
            }
            page++;
            IletiMerkeziResponse next = client.report(order.id(), page, rowCount);
            if (next.isError()) {
                throw new IletiMerkeziException(next);
            }
            current = next.getReport();
        }

        if (!allHandled) {
            return new Result(Outcome.INCOMPLETE, emitted);
        }
        OrderStatus orderStatus = firstPage.orderStatus();
        if (orderStatus != null && orderStatus.isFinal()) {
            Emission emission = emitter.emit(orderKeyPrefix(order.id()) + "order/" + orderStatus.code(),
                    new OrderUpdate(order.id(), orderStatus.code(), firstPage.total(), firstPage.delivered(),
                            firstPage.undelivered(), firstPage.waiting(), firstPage.price(), now));
            emitted += emission == Emission.EMITTED ? 1 : 0;
            return new Result(finished(emission), emitted);
        }
        if (counters != null) {
            tracked.counters(order.id(), counters);
        }
        return new Result(Outcome.PROGRESSED, emitted);
    }

    private Result notFound(TrackedOrder order, Emitter emitter) {
        if (order.source() != OrderSource.SEND) {
            LOG.warn("İleti Merkezi does not know order {} (455); it is no longer followed", order.id());
            return new Result(Outcome.FINISHED, 0);
        }
        Emission emission = emitter.emit(orderKeyPrefix(order.id()) + "order/" + StatusCodes.ORDER_NOT_FOUND,
                new OrderUpdate(order.id(), StatusCodes.ORDER_NOT_FOUND, null, null, null, null, null, clock.instant()));
        return new Result(finished(emission), emission == Emission.EMITTED ? 1 : 0);
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
