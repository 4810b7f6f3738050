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
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves a stream's followed orders kept in a StateRepository (the single value {@code iletimerkezi.<stream>.orders}
 * earlier versions wrote) into an orderStore, once: each order is added (one the store follows already stays as it
 * is), then the value is emptied, so the next start finds nothing to move.
 */
final class StateMigration {

    private static final Logger LOG = LoggerFactory.getLogger(StateMigration.class);

    private StateMigration() {
    }

    static int migrate(org.apache.camel.spi.StateRepository<String, String> state, FollowedOrderStore store, String stream,
            Instant now) {
        String key = StateRepositoryOrderStore.key(stream);
        List<FollowedOrder> orders = StateRepositoryOrderStore.read(state.getState(key), now);
        if (orders.isEmpty()) {
            return 0;
        }
        for (FollowedOrder order : orders) {
            store.add(stream, order.withVersion(0));
        }
        state.setState(key, "");
        LOG.info("Moved {} followed orders of stream {} from the stateRepository ({}) to the orderStore", orders.size(),
                stream, key);
        return orders.size();
    }
}
