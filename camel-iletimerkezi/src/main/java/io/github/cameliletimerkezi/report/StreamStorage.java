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

import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.service.ServiceHelper;

/**
 * Where a report stream keeps its orders, and opening it: the configured orderStore, else a StateRepositoryOrderStore
 * over the configured stateRepository, else memory. Opening starts the repositories, moves the orders a
 * stateRepository kept into an orderStore once, reads the followed orders, and follows those of the orderId option.
 * A database that is down at start fails {@link #open} with the cause; the consumer tries again at every poll.
 */
public final class StreamStorage {

    private final FollowedOrderStore orderStore;
    private final StateRepository<String, String> stateRepository;
    private final IdempotentRepository idempotentRepository;
    private final String orderIds;
    private final FollowedOrderStore store;
    private final boolean createdHere;
    private volatile boolean open;

    /**
     * @param orderStore           the orderStore option, or null
     * @param stateRepository      the stateRepository option, or null
     * @param idempotentRepository the idempotentRepository option, or null
     * @param orderIds             the orderId option (orders to follow, comma-separated), or null
     */
    public StreamStorage(FollowedOrderStore orderStore, StateRepository<String, String> stateRepository,
                         IdempotentRepository idempotentRepository, String orderIds) {
        this.orderStore = orderStore;
        this.stateRepository = stateRepository;
        this.idempotentRepository = idempotentRepository;
        this.orderIds = orderIds;
        if (orderStore != null) {
            store = orderStore;
            createdHere = false;
        } else {
            store = stateRepository != null ? new StateRepositoryOrderStore(stateRepository) : new MemoryFollowedOrderStore();
            createdHere = true;
        }
    }

    public FollowedOrderStore store() {
        return store;
    }

    /** The option the orders are kept through, for messages. */
    public String option() {
        return orderStore != null ? "orderStore" : "stateRepository";
    }

    public boolean isOpen() {
        return open;
    }

    public void open(FollowedOrders followed, String stream, Instant now) throws ReportFailure {
        start("idempotentRepository", idempotentRepository);
        start(option(), store);
        try {
            if (orderStore != null && stateRepository != null) {
                StateMigration.migrate(stateRepository, store, stream, now);
            }
            followed.load();
            if (orderIds != null) {
                for (String orderId : orderIds.split(",")) {
                    if (!orderId.isBlank()) {
                        followed.follow(orderId.trim(), OrderSource.OPTION, null);
                    }
                }
            }
            followed.flush();
        } catch (RuntimeException e) {
            throw new ReportFailure("The " + option() + " could not be read: " + e.getMessage(), e);
        }
        open = true;
    }

    private static void start(String option, Object repository) throws ReportFailure {
        try {
            ServiceHelper.startService(repository);
        } catch (RuntimeException e) {
            throw new ReportFailure("The " + option + " could not be started: " + e.getMessage(), e);
        }
    }

    /** Stops what was created here only: configured repositories may be shared, and their owner stops them. */
    public void close() {
        open = false;
        if (createdHere) {
            ServiceHelper.stopService(store);
        }
    }
}
