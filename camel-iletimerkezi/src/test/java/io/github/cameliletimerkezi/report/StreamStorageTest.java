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

import io.github.cameliletimerkezi.IletiMerkeziConfiguration;
import io.github.cameliletimerkezi.TestClock;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Where a stream keeps its orders, alone: which store the options pick, opening it (repositories started, orders
 * read, moved and followed), repositories that are down at start and opened at a later try, and stopping only what
 * was created here.
 */
class StreamStorageTest {

    private static final String STREAM = "delivery";

    private final TestClock clock = new TestClock(Instant.parse("2026-12-01T08:00:00Z"));
    private final IletiMerkeziConfiguration configuration = new IletiMerkeziConfiguration();

    private FollowedOrders followed(StreamStorage storage) {
        return new FollowedOrders(storage.store(), STREAM, clock);
    }

    /** A store in a database that can be taken down and brought back. */
    static final class DatabaseStore extends MemoryFollowedOrderStore {

        volatile boolean startFails;
        volatile boolean readFails;

        @Override
        protected void doStart() throws Exception {
            if (startFails) {
                throw new IllegalStateException("database unreachable");
            }
            super.doStart();
        }

        @Override
        public List<FollowedOrder> orders(String stream) {
            if (readFails) {
                throw new IllegalStateException("read timed out");
            }
            return super.orders(stream);
        }
    }

    @Test
    void withNothingConfiguredOrdersAreKeptInMemoryCreatedAndStoppedHere() throws Exception {
        StreamStorage storage = storage(configuration);
        assertThat(storage.store()).isInstanceOf(MemoryFollowedOrderStore.class);
        assertThat(storage.option()).isEqualTo("stateRepository");
        assertThat(storage.isOpen()).isFalse();

        FollowedOrders followed = followed(storage);
        storage.open(followed, STREAM, clock.instant());
        assertThat(storage.isOpen()).isTrue();
        assertThat(followed.loaded()).isTrue();
        assertThat(((MemoryFollowedOrderStore) storage.store()).isStarted()).isTrue();

        storage.close();
        assertThat(storage.isOpen()).isFalse();
        assertThat(((MemoryFollowedOrderStore) storage.store()).isStopped()).isTrue();
    }

    @Test
    void aStateRepositoryIsServedThroughAStoreCreatedHereAndIsNotStoppedWithIt() throws Exception {
        MemoryStateRepository state = new MemoryStateRepository();
        configuration.setStateRepository(state);
        StreamStorage storage = storage(configuration);
        assertThat(storage.store()).isInstanceOf(StateRepositoryOrderStore.class);
        assertThat(storage.option()).isEqualTo("stateRepository");

        storage.open(followed(storage), STREAM, clock.instant());
        assertThat(state.isStarted()).isTrue();

        storage.close();
        assertThat(((StateRepositoryOrderStore) storage.store()).isStopped()).isTrue();
        assertThat(state.isStarted()).as("the user's repository: its owner stops it").isTrue();
    }

    @Test
    void configuredRepositoriesAreStartedOnOpenAndNotStoppedOnClose() throws Exception {
        MemoryFollowedOrderStore store = new MemoryFollowedOrderStore();
        MemoryIdempotentRepository updates = new MemoryIdempotentRepository();
        configuration.setOrderStore(store);
        configuration.setIdempotentRepository(updates);
        StreamStorage storage = storage(configuration);
        assertThat(storage.store()).isSameAs(store);
        assertThat(storage.option()).isEqualTo("orderStore");

        storage.open(followed(storage), STREAM, clock.instant());
        assertThat(store.isStarted()).isTrue();
        assertThat(updates.isStarted()).isTrue();

        storage.close();
        assertThat(storage.isOpen()).isFalse();
        assertThat(store.isStarted()).isTrue();
        assertThat(updates.isStarted()).isTrue();
    }

    @Test
    void openReadsTheKeptOrdersAndFollowsThoseOfTheOrderIdOptionOnce() throws Exception {
        MemoryFollowedOrderStore store = new MemoryFollowedOrderStore();
        store.add(STREAM, FollowedOrder.of("100", OrderSource.SEND, Instant.EPOCH));
        store.add("other", FollowedOrder.of("900", OrderSource.SEND, Instant.EPOCH));
        configuration.setOrderStore(store);
        configuration.setOrderId(" 200, ,300,100,");
        StreamStorage storage = storage(configuration);
        FollowedOrders followed = followed(storage);

        storage.open(followed, STREAM, clock.instant());

        assertThat(followed.ids()).containsExactly("100", "200", "300");
        assertThat(followed.waiting()).as("written to the store on open").isZero();
        assertThat(store.orders(STREAM)).extracting(FollowedOrder::orderId, FollowedOrder::source).containsExactly(
                tuple("100", OrderSource.SEND),
                tuple("200", OrderSource.OPTION),
                tuple("300", OrderSource.OPTION));
    }

    @Test
    void aStoreThatIsDownAtStartFailsOpenNamingItAndOpensAtALaterTry() throws Exception {
        DatabaseStore store = new DatabaseStore();
        store.startFails = true;
        configuration.setOrderStore(store);
        configuration.setOrderId("200");
        StreamStorage storage = storage(configuration);
        FollowedOrders followed = followed(storage);

        assertThatThrownBy(() -> storage.open(followed, STREAM, clock.instant()))
                .isInstanceOf(ReportFailure.class)
                .hasMessageStartingWith("The orderStore could not be started: ")
                .hasMessageContaining("database unreachable");
        assertThat(storage.isOpen()).isFalse();
        assertThat(followed.loaded()).isFalse();

        // still down: the next try fails alike
        assertThatThrownBy(() -> storage.open(followed, STREAM, clock.instant()))
                .hasMessageContaining("database unreachable");

        store.startFails = false;
        storage.open(followed, STREAM, clock.instant());
        assertThat(storage.isOpen()).isTrue();
        assertThat(store.orders(STREAM)).extracting(FollowedOrder::orderId).containsExactly("200");
    }

    @Test
    void aStoreThatCannotBeReadFailsOpenAndIsReadAgainAtTheNextTry() throws Exception {
        DatabaseStore store = new DatabaseStore();
        store.readFails = true;
        store.add(STREAM, FollowedOrder.of("100", OrderSource.SEND, Instant.EPOCH));
        configuration.setOrderStore(store);
        StreamStorage storage = storage(configuration);
        FollowedOrders followed = followed(storage);

        assertThatThrownBy(() -> storage.open(followed, STREAM, clock.instant()))
                .isInstanceOf(ReportFailure.class)
                .hasMessageStartingWith("The orderStore could not be read: ")
                .hasMessageContaining("read timed out")
                .hasCauseInstanceOf(StoreException.class);
        assertThat(storage.isOpen()).isFalse();

        store.readFails = false;
        storage.open(followed, STREAM, clock.instant());
        assertThat(storage.isOpen()).isTrue();
        assertThat(followed.ids()).containsExactly("100");
    }

    @Test
    void anIdempotentRepositoryThatIsDownFailsOpenNamingIt() {
        configuration.setIdempotentRepository(new MemoryIdempotentRepository() {
            @Override
            protected void doStart() throws Exception {
                throw new IllegalStateException("redis unreachable");
            }
        });
        StreamStorage storage = storage(configuration);

        assertThatThrownBy(() -> storage.open(followed(storage), STREAM, clock.instant()))
                .isInstanceOf(ReportFailure.class)
                .hasMessageStartingWith("The idempotentRepository could not be started: ")
                .hasMessageContaining("redis unreachable");
        assertThat(storage.isOpen()).isFalse();
    }

    @Test
    void ordersAStateRepositoryKeptMoveIntoTheOrderStoreOnce() throws Exception {
        MemoryStateRepository state = new MemoryStateRepository();
        state.setState(StateRepositoryOrderStore.key(STREAM), "7001=OPTION,7002=SEND");
        MemoryFollowedOrderStore store = new MemoryFollowedOrderStore();
        configuration.setStateRepository(state);
        configuration.setOrderStore(store);
        StreamStorage storage = storage(configuration);
        assertThat(storage.store()).isSameAs(store);
        FollowedOrders followed = followed(storage);

        storage.open(followed, STREAM, clock.instant());

        assertThat(followed.ids()).containsExactly("7001", "7002");
        assertThat(store.orders(STREAM)).extracting(FollowedOrder::source)
                .containsExactly(OrderSource.OPTION, OrderSource.SEND);
        assertThat(state.getState(StateRepositoryOrderStore.key(STREAM))).isEmpty();

        storage.close();
        StreamStorage again = storage(configuration);
        again.open(followed(again), STREAM, clock.instant());
        assertThat(store.orders(STREAM)).hasSize(2);
        assertThat(store.isStarted()).isTrue();
    }

    /** The storage the report consumer opens for these options. */
    private static StreamStorage storage(IletiMerkeziConfiguration options) {
        return new StreamStorage(options.getOrderStore(), options.getStateRepository(), options.getIdempotentRepository(),
                options.getOrderId());
    }
}
