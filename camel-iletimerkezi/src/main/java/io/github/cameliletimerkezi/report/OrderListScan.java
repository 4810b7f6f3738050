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

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;

import io.github.cameliletimerkezi.api.IletiMerkeziClient;
import io.github.cameliletimerkezi.client.IletiMerkeziException;
import io.github.cameliletimerkezi.model.IletiMerkeziResponse;
import io.github.cameliletimerkezi.orders.OrderListCalls;
import io.github.cameliletimerkezi.orders.OrderPage;
import io.github.cameliletimerkezi.orders.OrderSummary;

/**
 * Finds, with the account's order list ({@code get-reports}), which followed orders have not changed since their
 * last complete read: the list carries every order's counters, many orders a page, for the orders submitted between
 * two days. The days of the followed orders are covered by as few windows of at most
 * {@value OrderListCalls#MAX_DAYS} days as they allow, each read page by page; a window is left as soon as its
 * remaining pages outnumber its followed orders not found yet, since reading those one by one costs less. Once the
 * first page tells how many pages a window has, the others are read up to {@code concurrency} at once. An order the
 * scan does not find counts as changed.
 */
public final class OrderListScan {

    /** Guards against a list whose count is missing and whose pages never come back empty. */
    private static final int MAX_PAGES = 10_000;

    private final IletiMerkeziClient client;
    private final ExecutorService workers;
    private final int concurrency;
    private final AtomicInteger requests = new AtomicInteger();

    /**
     * @param workers     where the pages after the first are read, or null to read them on the calling thread
     * @param concurrency the most pages read at once
     */
    public OrderListScan(IletiMerkeziClient client, ExecutorService workers, int concurrency) {
        this.client = client;
        this.workers = workers;
        this.concurrency = concurrency;
    }

    /** Requests the last {@link #unchanged(Map)} made. */
    int requests() {
        return requests.get();
    }

    /**
     * @param candidates followed orders with a known day and complete counters, by id
     * @return the ids whose counters in the list equal those seen last
     * @throws IletiMerkeziException when the provider refuses a page (404 where the account has no list, 458, ...)
     */
    Set<String> unchanged(Map<String, FollowedOrder> candidates) throws IOException {
        requests.set(0);
        TreeMap<LocalDate, Set<String>> byDay = new TreeMap<>();
        candidates.forEach((id, seen) -> byDay.computeIfAbsent(seen.day(), day -> new HashSet<>()).add(id));
        Set<String> unchanged = new HashSet<>();
        while (!byDay.isEmpty()) {
            LocalDate start = byDay.firstKey();
            LocalDate last = start.plusDays(OrderListCalls.MAX_DAYS - 1L);
            // the window ends at its last followed day: fewer days, fewer orders to page through
            LocalDate end = byDay.floorKey(last);
            Set<String> wanted = new HashSet<>();
            Map<LocalDate, Set<String>> window = byDay.subMap(start, true, end, true);
            window.values().forEach(wanted::addAll);
            window.clear();
            scanWindow(start, end, wanted, candidates, unchanged);
        }
        return unchanged;
    }

    private void scanWindow(LocalDate start, LocalDate end, Set<String> wanted, Map<String, FollowedOrder> candidates,
            Set<String> unchanged) throws IOException {
        OrderPage first = page(start, end, 1);
        if (first == null || first.orders().isEmpty()) {
            return;
        }
        compare(first, wanted, candidates, unchanged);
        int seen = first.orders().size();
        if (wanted.isEmpty() || first.count() != null && seen >= first.count()) {
            return;
        }
        if (first.count() == null) {
            // no count to plan with: page on until a page comes back empty
            for (int page = 2; page <= MAX_PAGES && !wanted.isEmpty(); page++) {
                OrderPage next = page(start, end, page);
                if (next == null || next.orders().isEmpty()) {
                    return;
                }
                compare(next, wanted, candidates, unchanged);
            }
            return;
        }
        int pageSize = first.orders().size();
        int pages = Math.min((first.count() + pageSize - 1) / pageSize, MAX_PAGES);
        if (pages - 1 > wanted.size()) {
            return;
        }
        for (OrderPage page : pages(start, end, pages)) {
            if (page != null) {
                compare(page, wanted, candidates, unchanged);
            }
        }
    }

    /** Pages 2 to {@code pages} of a window, read up to {@code concurrency} at once, in page order. */
    private List<OrderPage> pages(LocalDate start, LocalDate end, int pages) throws IOException {
        int count = pages - 1;
        AtomicReferenceArray<OrderPage> read = new AtomicReferenceArray<>(count);
        int parallel = Math.min(concurrency, count);
        if (workers == null || parallel <= 1) {
            for (int i = 0; i < count; i++) {
                read.set(i, page(start, end, i + 2));
            }
        } else {
            AtomicInteger next = new AtomicInteger();
            List<Callable<Void>> tasks = new ArrayList<>(parallel);
            for (int w = 0; w < parallel; w++) {
                tasks.add(() -> {
                    for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                        read.set(i, page(start, end, i + 2));
                    }
                    return null;
                });
            }
            List<Future<Void>> done;
            try {
                done = workers.invokeAll(tasks);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while reading the order list");
            }
            for (Future<Void> task : done) {
                try {
                    task.get();
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof IOException io) {
                        throw io;
                    }
                    if (e.getCause() instanceof RuntimeException runtime) {
                        throw runtime;
                    }
                    throw new IOException(e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new InterruptedIOException("interrupted while reading the order list");
                }
            }
        }
        List<OrderPage> list = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            list.add(read.get(i));
        }
        return list;
    }

    private OrderPage page(LocalDate start, LocalDate end, int page) throws IOException {
        requests.incrementAndGet();
        IletiMerkeziResponse answer = client.orders(start, end, page);
        if (answer.isError()) {
            throw new IletiMerkeziException(answer);
        }
        return answer.getPayload(OrderPage.class);
    }

    private static void compare(OrderPage page, Set<String> wanted, Map<String, FollowedOrder> candidates, Set<String> unchanged) {
        for (OrderSummary order : page.orders()) {
            if (wanted.remove(order.id())) {
                String counters = ReportPoller.counters(order.status(), order.total(), order.delivered(),
                        order.undelivered(), order.waiting());
                if (counters != null && counters.equals(candidates.get(order.id()).counters())) {
                    unchanged.add(order.id());
                }
            }
        }
    }
}
