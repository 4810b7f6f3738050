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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.cameliletimerkezi.client.IletiMerkeziException;
import io.github.cameliletimerkezi.client.IletiMerkeziOutcomeUnknownException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading a poll's orders: results in order, and no more requests once the whole account failed. */
class OrderReadsTest {

    private static List<FollowedOrder> orders(int count) {
        List<FollowedOrder> orders = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            orders.add(FollowedOrder.of(String.valueOf(i), OrderSource.SEND, Instant.EPOCH));
        }
        return orders;
    }

    @Test
    void afterAFailureOfTheWholeAccountTheRestIsLeftUnread() {
        AtomicInteger requests = new AtomicInteger();
        List<OrderReads.Read> reads = new OrderReads(null, 1).read(orders(10), order -> {
            requests.incrementAndGet();
            if (order.orderId().equals("3")) {
                throw new IletiMerkeziOutcomeUnknownException("report", "host", "connection reset", null);
            }
            return new ReportPoller.Result(ReportPoller.Outcome.UNCHANGED, 0, null, null);
        }, () -> true);

        assertThat(requests.get()).isEqualTo(4);
        assertThat(reads).hasSize(10);
        assertThat(reads.get(3).failure()).isInstanceOf(IletiMerkeziOutcomeUnknownException.class);
        assertThat(reads.subList(4, 10)).allSatisfy(read -> assertThat(read.skipped()).isTrue());
    }

    @Test
    void anOrdersOwnFailureDoesNotStopTheOthersAndResultsKeepTheirOrder() throws Exception {
        ExecutorService workers = Executors.newFixedThreadPool(4);
        try {
            List<OrderReads.Read> reads = new OrderReads(workers, 4).read(orders(50), order -> {
                if (order.orderId().equals("7")) {
                    throw new IletiMerkeziException("report", 200, "a row without a status", null);
                }
                return new ReportPoller.Result(ReportPoller.Outcome.PROGRESSED, Integer.parseInt(order.orderId()), null, null);
            }, () -> true);

            assertThat(reads).extracting(read -> read.order().orderId()).containsExactlyElementsOf(
                    orders(50).stream().map(FollowedOrder::orderId).toList());
            assertThat(reads.get(7).failure()).isNotNull();
            assertThat(reads.stream().filter(read -> read.result() != null)).hasSize(49);
        } finally {
            workers.shutdownNow();
        }
    }
}
