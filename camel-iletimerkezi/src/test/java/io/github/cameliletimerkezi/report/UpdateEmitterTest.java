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
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import io.github.cameliletimerkezi.IletiMerkeziConstants;
import io.github.cameliletimerkezi.UpdateMessageHeaders;
import io.github.cameliletimerkezi.model.DeliveryStatus;
import io.github.cameliletimerkezi.model.DeliveryUpdate;
import io.github.cameliletimerkezi.model.OrderUpdate;
import io.github.cameliletimerkezi.report.UpdateEmitter.Emission;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.DefaultConsumer;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The emitter alone: identities, ranks of pushes against slots of polls, failures, and racing emitters. */
class UpdateEmitterTest {

    private static final Instant SEEN = Instant.parse("2026-12-01T08:00:00Z");

    private final List<String> routed = Collections.synchronizedList(new ArrayList<>());
    private final IdempotentRepository repository = MemoryIdempotentRepository.memoryIdempotentRepository();
    private final StreamUpdates shared = new StreamUpdates();
    private CamelContext context;
    private DefaultConsumer consumer;
    private volatile boolean routeFails;

    @BeforeEach
    void start() throws Exception {
        context = new DefaultCamelContext();
        context.start();
        consumer = new DefaultConsumer(context.getEndpoint("mock:updates"), exchange -> {
            if (routeFails) {
                throw new IllegalStateException("route down");
            }
            routed.add(exchange.getMessage().getHeader(IletiMerkeziConstants.UPDATE_KEY, String.class));
        });
        consumer.setExceptionHandler(new org.apache.camel.support.LoggingExceptionHandler(context, getClass()));
        consumer.start();
    }

    @AfterEach
    void stop() {
        consumer.stop();
        context.stop();
    }

    private UpdateEmitter emitter(String stream) {
        return new UpdateEmitter(consumer, repository, stream, shared, UpdateMessageHeaders.INSTANCE);
    }

    private static DeliveryUpdate delivered(String number) {
        return new DeliveryUpdate("428", number, 111, DeliveryStatus.DELIVERED, SEEN);
    }

    @Test
    void pollSlotsAndPushRanksCountMessagesWhicheverWayTheyCome() {
        UpdateEmitter emitter = emitter("delivery");

        assertThat(emitter.pushed(delivered("+905301234567"), "1001")).isEqualTo(Emission.EMITTED);
        // the poll writes the number without +90 and sees two such rows
        assertThat(emitter.polled(delivered("5301234567"), 1)).isEqualTo(Emission.ALREADY_EMITTED);
        assertThat(emitter.polled(delivered("5301234567"), 2)).isEqualTo(Emission.EMITTED);
        assertThat(emitter.pushed(delivered("+905301234567"), "1002")).isEqualTo(Emission.ALREADY_EMITTED);
        assertThat(emitter.pushed(delivered("+905301234567"), "1001")).isEqualTo(Emission.ALREADY_EMITTED);
        assertThat(emitter.pushed(delivered("+905301234567"), "1003")).as("a third message").isEqualTo(Emission.EMITTED);

        assertThat(routed).containsExactly("delivery/428/+905301234567/111/1", "delivery/428/+905301234567/111/2",
                "delivery/428/+905301234567/111/3");
    }

    @Test
    void streamsKeepApartOnOneRepository() {
        assertThat(emitter("a").polled(delivered("5301234567"), 1)).isEqualTo(Emission.EMITTED);
        assertThat(emitter("b").polled(delivered("5301234567"), 1)).isEqualTo(Emission.EMITTED);
        assertThat(emitter("a").order(new OrderUpdate("428", 114, 1, 1, 0, 0, null, SEEN))).isEqualTo(Emission.EMITTED);
        assertThat(routed).containsExactly("a/428/+905301234567/111/1", "b/428/+905301234567/111/1", "a/428/order/114");
    }

    @Test
    void anUpdateWhoseRouteFailedIsNotRecordedAndComesAgain() {
        UpdateEmitter emitter = emitter("delivery");
        routeFails = true;
        assertThat(emitter.pushed(delivered("+905301234567"), "1001")).isEqualTo(Emission.FAILED);
        routeFails = false;
        assertThat(emitter.pushed(delivered("+905301234567"), "1001")).isEqualTo(Emission.EMITTED);
        assertThat(routed).hasSize(1);
    }

    @Test
    void aPushAndAPollRacingInOneJvmEmitOnce() throws Exception {
        UpdateEmitter emitter = emitter("delivery");
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Emission>> racers = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                racers.add(i % 2 == 0 ? () -> emitter.pushed(delivered("+905301234567"), "1001")
                        : () -> emitter.polled(delivered("5301234567"), 1));
            }
            threads.invokeAll(racers);
        } finally {
            threads.shutdownNow();
        }
        assertThat(routed).containsExactly("delivery/428/+905301234567/111/1");
    }

    @Test
    void aRepositoryThatCannotBeReadIsNeitherEmittedNorSwallowed() {
        IdempotentRepository down = new MemoryIdempotentRepository() {
            @Override
            public boolean contains(String key) {
                throw new IllegalStateException("connection refused");
            }
        };
        UpdateEmitter emitter = new UpdateEmitter(consumer, down, "delivery", shared, UpdateMessageHeaders.INSTANCE);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> emitter.polled(delivered("5301234567"), 1))
                .isInstanceOf(UpdateRepositoryException.class).hasMessageContaining("connection refused");
        assertThat(routed).isEmpty();
    }
}
