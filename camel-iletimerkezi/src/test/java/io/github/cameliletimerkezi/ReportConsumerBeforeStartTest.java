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
package io.github.cameliletimerkezi;

import java.util.List;

import org.apache.camel.Consumer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Monitoring reads a consumer whenever it likes, also one that never started (a standby replica).
 */
class ReportConsumerBeforeStartTest extends IletiMerkeziTestSupport {

    @Test
    void aConsumerThatNeverStartedFollowsNoOrders() throws Exception {
        Consumer consumer = context.getEndpoint("iletimerkezi:report?orderId=428").createConsumer(exchange -> {
        });
        IletiMerkeziReportConsumer report = (IletiMerkeziReportConsumer) consumer;

        assertThat(report.getTrackedOrderIds()).isEqualTo(List.of());
        assertThat(report.getStreamName()).isNull();
    }
}
