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

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.github.cameliletimerkezi.TestClock;
import io.github.cameliletimerkezi.client.IletiMerkeziException;
import io.github.cameliletimerkezi.client.IletiMerkeziOutcomeUnknownException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** When a followed order is read, and whose fault a failure is. */
class OrderBackoffTest {

    private final TestClock clock = new TestClock(Instant.parse("2026-12-01T08:00:00Z"));
    private final OrderBackoff backoff = new OrderBackoff(Duration.ofDays(90), clock);

    @Test
    void aFailingOrderSitsOutAGrowingNumberOfPollsAndIsNeverDroppedForFailing() {
        FollowedOrder order = FollowedOrder.of("428", OrderSource.SEND, clock.instant());
        List<Integer> tries = new ArrayList<>();
        for (int poll = 1; poll <= 100; poll++) {
            if (!backoff.sitsOut(order)) {
                tries.add(poll);
                backoff.failed("428", new IOException("unreadable"));
            }
        }
        assertThat(tries).containsExactly(1, 2, 4, 8, 16, 32, 49, 66, 83, 100);
        assertThat(backoff.tooOld(order)).isFalse();

        backoff.succeeded("428");
        assertThat(backoff.sitsOut(order)).isFalse();
    }

    @Test
    void onlyAgeEndsAnOrderCountedFromItsSendTimeWhenLater() {
        FollowedOrder order = FollowedOrder.of("428", OrderSource.SEND, clock.instant());
        FollowedOrder scheduled = order.withNotBefore(clock.instant().plus(Duration.ofDays(30)));

        clock.advance(Duration.ofDays(91));

        assertThat(backoff.tooOld(order)).isTrue();
        assertThat(backoff.tooOld(scheduled)).isFalse();
        assertThat(backoff.sitsOut(scheduled)).as("its send time has passed").isFalse();
    }

    @Test
    void aScheduledOrderWaitsAsLongAsItWaitedBetweenAMinuteAndAnHour() {
        FollowedOrder order = FollowedOrder.of("428", OrderSource.SEND, clock.instant());
        assertThat(backoff.nextScheduledTry(order)).isEqualTo(clock.instant().plus(Duration.ofMinutes(1)));
        clock.advance(Duration.ofMinutes(10));
        assertThat(backoff.nextScheduledTry(order)).isEqualTo(clock.instant().plus(Duration.ofMinutes(10)));
        clock.advance(Duration.ofDays(1));
        assertThat(backoff.nextScheduledTry(order)).isEqualTo(clock.instant().plus(Duration.ofHours(1)));
        assertThat(backoff.sitsOut(order.withNotBefore(clock.instant().plusSeconds(1)))).isTrue();
    }

    @Test
    void failuresOfTheWholeAccountAreToldFromThoseOfAnOrder() {
        assertThat(FailureClass.of(new IletiMerkeziOutcomeUnknownException("report", "host", "reset", null)))
                .isEqualTo(FailureClass.ACCOUNT);
        assertThat(FailureClass.of(new UpdateRepositoryException("down", null))).isEqualTo(FailureClass.ACCOUNT);
        assertThat(FailureClass.of(new StoreException("down", null))).isEqualTo(FailureClass.ACCOUNT);
        assertThat(FailureClass.of(new IOException("closed"))).isEqualTo(FailureClass.ACCOUNT);
        assertThat(FailureClass.of(new IletiMerkeziException("report", 200, "not XML", null)))
                .as("an unreadable answer: decided by the other orders").isEqualTo(FailureClass.UNCLEAR);
    }
}
