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

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.BooleanSupplier;

/**
 * Reads the reports of a poll's orders, up to {@code concurrency} at once: each worker takes the next order until none
 * is left, so no more requests overlap than there are workers. Once a read fails for the whole account (or the
 * consumer stops) the orders not started yet are left unread: they would fail alike, and hammering a provider that
 * answers 429 makes it worse. The results come back in the orders' order, for the poll thread to act on.
 */
public final class OrderReads {

    /** One order's read: its result, its failure, or neither when it was not read. */
    public record Read(FollowedOrder order, ReportPoller.Result result, Exception failure) {

        boolean skipped() {
            return result == null && failure == null;
        }
    }

    /** Reads one order. */
    public interface Reader {
        ReportPoller.Result read(FollowedOrder order) throws Exception;
    }

    private final ExecutorService workers;
    private final int concurrency;

    /**
     * @param workers where orders are read, or null to read them on the calling thread
     */
    public OrderReads(ExecutorService workers, int concurrency) {
        this.workers = workers;
        this.concurrency = concurrency;
    }

    public List<Read> read(List<FollowedOrder> due, Reader reader, BooleanSupplier mayRead) {
        AtomicReferenceArray<Read> reads = new AtomicReferenceArray<>(due.size());
        AtomicBoolean accountFailed = new AtomicBoolean();
        int parallel = Math.min(concurrency, due.size());
        if (workers == null || parallel <= 1) {
            for (int i = 0; i < due.size(); i++) {
                reads.set(i, readOne(due.get(i), reader, mayRead, accountFailed));
            }
        } else {
            AtomicInteger next = new AtomicInteger();
            List<Callable<Void>> tasks = new ArrayList<>(parallel);
            for (int w = 0; w < parallel; w++) {
                tasks.add(() -> {
                    for (int i = next.getAndIncrement(); i < due.size(); i = next.getAndIncrement()) {
                        reads.set(i, readOne(due.get(i), reader, mayRead, accountFailed));
                    }
                    return null;
                });
            }
            try {
                workers.invokeAll(tasks);
            } catch (InterruptedException e) {
                // stopping: the workers are cancelled and emit nothing more; what they finished is acted on
                Thread.currentThread().interrupt();
            }
        }
        List<Read> list = new ArrayList<>(due.size());
        for (int i = 0; i < due.size(); i++) {
            Read read = reads.get(i);
            list.add(read != null ? read : new Read(due.get(i), null, null));
        }
        return list;
    }

    private static Read readOne(FollowedOrder order, Reader reader, BooleanSupplier mayRead, AtomicBoolean accountFailed) {
        if (accountFailed.get() || !mayRead.getAsBoolean()) {
            return new Read(order, null, null);
        }
        try {
            return new Read(order, reader.read(order), null);
        } catch (Exception e) {
            if (FailureClass.of(e) == FailureClass.ACCOUNT) {
                accountFailed.set(true);
            }
            return new Read(order, null, e);
        }
    }
}
