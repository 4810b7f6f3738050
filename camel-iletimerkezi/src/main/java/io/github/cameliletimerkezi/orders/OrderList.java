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
package io.github.cameliletimerkezi.orders;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import io.github.cameliletimerkezi.client.IletiMerkeziException;
import io.github.cameliletimerkezi.model.IletiMerkeziResponse;

/**
 * Every order submitted between two days, read a page at a time: the range is cut into windows of
 * {@value OrderListCalls#MAX_DAYS} days (the provider's widest), and each window's pages are walked until its count is
 * reached or a page comes back empty. Only one page is held at a time. The first page is read when the list is
 * created, so a refused request (401, 458, ...) fails there; a later failure is thrown from {@link #hasNext()} as an
 * {@link IletiMerkeziException} or an {@link UncheckedIOException}. One pass only.
 */
public final class OrderList implements Iterator<OrderSummary> {

    private final OrderPages pages;
    private final LocalDate end;
    private LocalDate windowStart;
    private LocalDate windowEnd;
    private int page;
    private int seenInWindow;
    private Integer windowCount;
    private Iterator<OrderSummary> current;
    private final IletiMerkeziResponse first;
    private boolean pageWasEmpty;
    private boolean exhausted;

    /**
     * @throws IllegalArgumentException when a day is missing or the end is before the start
     */
    public OrderList(OrderPages pages, LocalDate start, LocalDate end) throws IOException {
        OrderListCalls.checkRange(start, end);
        this.pages = pages;
        this.end = end;
        this.windowStart = start;
        this.windowEnd = windowEnd(start);
        this.page = 1;
        this.first = fetch();
    }

    /** The answer of the first page, for its status code and message. */
    public IletiMerkeziResponse firstAnswer() {
        return first;
    }

    @Override
    public boolean hasNext() {
        while (!exhausted && !current.hasNext()) {
            try {
                advance();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return !exhausted;
    }

    @Override
    public OrderSummary next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        seenInWindow++;
        return current.next();
    }

    /** The remaining orders as a sequential stream. */
    public Stream<OrderSummary> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    private void advance() throws IOException {
        boolean windowDone = pageWasEmpty || windowCount != null && seenInWindow >= windowCount;
        if (!windowDone) {
            page++;
            fetch();
            return;
        }
        if (!windowEnd.isBefore(end)) {
            exhausted = true;
            return;
        }
        windowStart = windowEnd.plusDays(1);
        windowEnd = windowEnd(windowStart);
        page = 1;
        seenInWindow = 0;
        fetch();
    }

    private IletiMerkeziResponse fetch() throws IOException {
        IletiMerkeziResponse answer = pages.orders(windowStart, windowEnd, page);
        if (answer.isError()) {
            throw new IletiMerkeziException(answer);
        }
        OrderPage orders = answer.getPayload(OrderPage.class);
        if (page == 1) {
            windowCount = orders == null ? null : orders.count();
        }
        pageWasEmpty = orders == null || orders.orders().isEmpty();
        current = orders == null ? Collections.emptyIterator() : orders.orders().iterator();
        return answer;
    }

    private LocalDate windowEnd(LocalDate from) {
        LocalDate last = from.plusDays(OrderListCalls.MAX_DAYS - 1L);
        return last.isAfter(end) ? end : last;
    }
}
