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

import io.github.cameliletimerkezi.IletiMerkeziConfiguration;
import org.apache.camel.support.service.ServiceHelper;

/**
 * Where a report stream keeps its orders, and opening it: the configured orderStore, else a StateRepositoryOrderStore
 * over the configured stateRepository, else memory. Opening starts the repositories, moves the orders a
 * stateRepository kept into an orderStore once, reads the followed orders, and follows those of the orderId option.
 * A database that is down at start fails {@link #open} with the cause; the consumer tries again at every poll.
 */
final class StreamStorage {

    private final IletiMerkeziConfiguration configuration;
    private final FollowedOrderStore store;
    private final boolean createdHere;
    private volatile boolean open;

    StreamStorage(IletiMerkeziConfiguration configuration) {
        this.configuration = configuration;
        if (configuration.getOrderStore() != null) {
            store = configuration.getOrderStore();
            createdHere = false;
        } else {
            store = configuration.getStateRepository() != null
                    ? new StateRepositoryOrderStore(configuration.getStateRepository()) : new MemoryFollowedOrderStore();
            createdHere = true;
        }
    }

    FollowedOrderStore store() {
        return store;
    }

    /** The option the orders are kept through, for messages. */
    String option() {
        return configuration.getOrderStore() != null ? "orderStore" : "stateRepository";
    }

    boolean isOpen() {
        return open;
    }

    void open(FollowedOrders followed, String stream, Instant now) throws ReportPollException {
        start("idempotentRepository", configuration.getIdempotentRepository());
        start(option(), store);
        try {
            if (configuration.getOrderStore() != null && configuration.getStateRepository() != null) {
                StateMigration.migrate(configuration.getStateRepository(), store, stream, now);
            }
            followed.load();
            if (configuration.getOrderId() != null) {
                for (String orderId : configuration.getOrderId().split(",")) {
                    if (!orderId.isBlank()) {
                        followed.follow(orderId.trim(), OrderSource.OPTION, null);
                    }
                }
            }
            followed.flush();
        } catch (RuntimeException e) {
            throw new ReportPollException("The " + option() + " could not be read: " + e.getMessage(), e);
        }
        open = true;
    }

    private static void start(String option, Object repository) throws ReportPollException {
        try {
            ServiceHelper.startService(repository);
        } catch (RuntimeException e) {
            throw new ReportPollException("The " + option + " could not be started: " + e.getMessage(), e);
        }
    }

    /** Stops what was created here only: configured repositories may be shared, and their owner stops them. */
    void close() {
        open = false;
        if (createdHere) {
            ServiceHelper.stopService(store);
        }
    }
}
