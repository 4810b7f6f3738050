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

import io.github.cameliletimerkezi.LogCapture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 19 point 13: orders sent before a report consumer starts wait for it, up to {@value OrderFeed#MAX_PENDING};
 * beyond that the oldest are given up, and not silently: before the change 10,050 sent left 10,000 followed with a
 * DEBUG line only, while the docs said every such order "is kept". Now the first given up and every 10,000th after it
 * are logged at WARN with the order's id and the count, and docs/component.md says so.
 */
class OrdersBeforeConsumerStartTest {

    private final LogCapture log = new LogCapture(OrderFeed.class.getName());

    @BeforeEach
    void captureWarnings() {
        log.start();
    }

    @AfterEach
    void stopCapturing() {
        log.stop();
    }

    @Test
    void ordersBeyondTheLimitAreGivenUpWithAWarningNamingThem() {
        OrderFeed feed = new OrderFeed();
        for (int i = 1; i <= OrderFeed.MAX_PENDING + 50; i++) {
            feed.publish(String.valueOf(i), OrderSource.SEND);
        }
        List<String> followed = new ArrayList<>();
        feed.subscribe((orderId, source, notBefore) -> followed.add(orderId));

        assertThat(followed).hasSize(OrderFeed.MAX_PENDING).first().isEqualTo("51");
        assertThat(log.warnings()).as("the first given up, not one line per order").singleElement()
                .satisfies(line -> assertThat(line)
                        .contains("order 1 is not followed", "1 so far", "Start the report consumer's route before sending"));
    }

    @Test
    void ordersUpToTheLimitAllReachTheConsumerQuietly() {
        OrderFeed feed = new OrderFeed();
        for (int i = 1; i <= OrderFeed.MAX_PENDING; i++) {
            feed.publish(String.valueOf(i), OrderSource.SEND);
        }
        List<String> followed = new ArrayList<>();
        feed.subscribe((orderId, source, notBefore) -> followed.add(orderId));

        assertThat(followed).hasSize(OrderFeed.MAX_PENDING);
        assertThat(log.warnings()).isEmpty();
    }
}
