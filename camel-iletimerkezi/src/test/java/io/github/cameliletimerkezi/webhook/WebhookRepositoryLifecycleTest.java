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
package io.github.cameliletimerkezi.webhook;

import io.github.cameliletimerkezi.IletiMerkeziReportConsumer;
import org.apache.camel.BindToRegistry;
import org.apache.camel.Consumer;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * Issue 19 points 9 and 12: a consumer never stops or clears a repository it did not create, and one that never
 * started (a standby replica under a ClusteredRoutePolicy, which starts the route only on the leader) stops without an
 * error. Before the change the webhook stopped the configured idempotentRepository with its route (a
 * MemoryIdempotentRepository clears itself, so every route sharing it forgot what it emitted), and stopping a report
 * consumer that never started threw a NullPointerException.
 */
class WebhookRepositoryLifecycleTest extends WebhookTestSupport {

    @BindToRegistry("sharedUpdates")
    private final MemoryIdempotentRepository shared
            = (MemoryIdempotentRepository) MemoryIdempotentRepository.memoryIdempotentRepository();

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from(WEBHOOK + "&idempotentRepository=#sharedUpdates").routeId("pushes")
                        .to("mock:updates");
                from("iletimerkezi:report?orderId=428&startScheduler=false").routeId("standby").autoStartup(false)
                        .to("mock:updates");
            }
        };
    }

    @Test
    void stoppingTheWebhookRouteLeavesASharedRepositoryAsItWas() throws Exception {
        assertThat(push(PATH, report("428", "delivered", "+905301234567"))).isEqualTo(200);
        int remembered = shared.getCacheSize();
        assertThat(remembered).isPositive();

        context.getRouteController().stopRoute("pushes");

        assertThat(shared.isStarted()).as("still started for the other routes sharing it").isTrue();
        assertThat(shared.getCacheSize()).as("nothing forgotten").isEqualTo(remembered);
    }

    @Test
    void aReportConsumerThatNeverStartedStopsWithoutAnError() {
        Consumer standby = context.getRoute("standby").getConsumer();
        assertThat(standby).isInstanceOf(IletiMerkeziReportConsumer.class);
        assertThat(((IletiMerkeziReportConsumer) standby).isStarted()).isFalse();

        assertThatCode(standby::stop).doesNotThrowAnyException();
        assertThat(((IletiMerkeziReportConsumer) standby).getTrackedOrderIds()).isEmpty();
    }
}
