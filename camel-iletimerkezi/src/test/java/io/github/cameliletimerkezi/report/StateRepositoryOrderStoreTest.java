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

import java.time.LocalDate;

import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A user's StateRepository serving as the order store (one value per stream, single instance), and the earlier
 * single-value form read and moved once into an orderStore.
 */
class StateRepositoryOrderStoreTest extends FollowedOrderStoreContract {

    private final MemoryStateRepository state = new MemoryStateRepository();

    @Override
    protected FollowedOrderStore createStore() {
        return new StateRepositoryOrderStore(state);
    }

    @Test
    void theEarlierFormIsReadAndWrittenInTheCurrentOneAtTheFirstChange() {
        state.setState("iletimerkezi.reports.orders", "428=SEND=113|4|1|0|3@2026-12-01,429=OPTION");

        assertThat(store.orders("reports")).extracting(FollowedOrder::orderId).containsExactly("428", "429");
        FollowedOrder first = store.orders("reports").get(0);
        assertThat(first.counters()).isEqualTo("113|4|1|0|3");
        assertThat(first.day()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(first.source()).isEqualTo(OrderSource.SEND);

        store.remove("reports", "429", store.orders("reports").get(1).version());
        assertThat(state.getState("iletimerkezi.reports.orders")).startsWith("followed-orders/2,428:").doesNotContain("\n");
        assertThat(store.remove("reports", "428", first.version())).isTrue();
        assertThat(state.getState("iletimerkezi.reports.orders")).isEmpty();
    }

    @Test
    void theEarlierFormMovesIntoAnOrderStoreOnce() throws Exception {
        state.setState("iletimerkezi.reports.orders", "428=SEND=113|4|1|0|3@2026-12-01,429=OPTION");
        MemoryFollowedOrderStore target = new MemoryFollowedOrderStore();

        assertThat(StateMigration.migrate(state, target, "reports", FOLLOWED)).isEqualTo(2);
        assertThat(target.orders("reports")).extracting(FollowedOrder::orderId).containsExactly("428", "429");
        assertThat(target.orders("reports").get(0).counters()).isEqualTo("113|4|1|0|3");
        assertThat(state.getState("iletimerkezi.reports.orders")).isEmpty();

        assertThat(StateMigration.migrate(state, target, "reports", FOLLOWED)).as("once").isZero();
    }
}
