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

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The account's orders by submit day (Istanbul time), each day in id order, for {@code get-reports}: a page is found
 * by walking the at most 10 days of its window, so its cost does not grow with the orders the sandbox holds. Orders
 * are never removed and their ids ascend from the first, so the index catches up with only the orders sent since the
 * last request.
 */
final class SandboxOrderList {

    /** One page of the list: the orders submitted in the window, and the page's slice of them. */
    record Page(int count, List<SandboxOrder> orders) {
    }

    private final SandboxAccount account;
    private final NavigableMap<LocalDate, List<SandboxOrder>> byDay = new TreeMap<>();
    private long indexedUpTo;

    SandboxOrderList(SandboxAccount account) {
        this.account = account;
        this.indexedUpTo = account.settings.firstOrderId();
    }

    /** The orders submitted from {@code start} to {@code end} (both included), {@code pageSize} a page, oldest first. */
    synchronized Page page(LocalDate start, LocalDate end, int page, int pageSize) {
        catchUp();
        NavigableMap<LocalDate, List<SandboxOrder>> window = byDay.subMap(start, true, end, true);
        int count = 0;
        for (List<SandboxOrder> day : window.values()) {
            count += day.size();
        }
        long skip = (long) (page - 1) * pageSize;
        List<SandboxOrder> slice = new ArrayList<>(pageSize);
        for (List<SandboxOrder> day : window.values()) {
            if (skip >= day.size()) {
                skip -= day.size();
                continue;
            }
            for (int i = (int) skip; i < day.size() && slice.size() < pageSize; i++) {
                slice.add(day.get(i));
            }
            skip = 0;
            if (slice.size() == pageSize) {
                break;
            }
        }
        return new Page(count, slice);
    }

    /** Indexes the orders sent since the last call; a day's list stays in id order as ids only grow. */
    private void catchUp() {
        synchronized (account) {
            for (long id = indexedUpTo; id < account.nextOrderId; id++) {
                SandboxOrder order = account.orders.get(id);
                if (order != null) {
                    byDay.computeIfAbsent(order.submitAt.atZone(SandboxAccount.ISTANBUL).toLocalDate(),
                            day -> new ArrayList<>()).add(order);
                }
            }
            indexedUpTo = account.nextOrderId;
        }
    }
}
