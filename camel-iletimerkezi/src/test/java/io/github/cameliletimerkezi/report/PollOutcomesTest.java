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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import io.github.cameliletimerkezi.IletiMerkeziReportConsumer;
import io.github.cameliletimerkezi.LogCapture;
import io.github.cameliletimerkezi.ReportPollException;
import io.github.cameliletimerkezi.UpdateMessageHeaders;
import io.github.cameliletimerkezi.TestClock;
import io.github.cameliletimerkezi.client.IletiMerkeziException;
import io.github.cameliletimerkezi.model.DeliveryStatus;
import io.github.cameliletimerkezi.model.DeliveryUpdate;
import io.github.cameliletimerkezi.model.IletiMerkeziResponse;
import io.github.cameliletimerkezi.model.OrderUpdate;
import io.github.cameliletimerkezi.report.OrderReads.Read;
import io.github.cameliletimerkezi.report.ReportPoller.Outcome;
import io.github.cameliletimerkezi.report.ReportPoller.Result;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultConsumer;
import org.apache.camel.support.LoggingExceptionHandler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Acting on a poll's reads, alone: what each outcome writes to the followed orders, whose fault a failed read is and
 * what follows (the order's backoff and a WARN line, or the poll's failure for the health check), and giving up old
 * orders.
 */
class PollOutcomesTest {

    private static final String STREAM = "delivery";
    private static final Duration MAX_AGE = Duration.ofDays(3);

    private final TestClock clock = new TestClock(Instant.parse("2026-12-01T08:00:00Z"));
    private final LogCapture log = new LogCapture(IletiMerkeziReportConsumer.class.getName());
    private final List<Object> routed = Collections.synchronizedList(new ArrayList<>());
    private final StreamUpdates shared = new StreamUpdates();
    private final MemoryFollowedOrderStore store = new MemoryFollowedOrderStore();
    private final FollowedOrders followed = new FollowedOrders(store, STREAM, clock);
    private final OrderBackoff backoff = new OrderBackoff(MAX_AGE, clock);
    private volatile boolean routeFails;
    private CamelContext context;
    private DefaultConsumer consumer;
    private UpdateEmitter emitter;
    private PollOutcomes outcomes;

    @BeforeEach
    void start() throws Exception {
        context = new DefaultCamelContext();
        context.start();
        consumer = new DefaultConsumer(context.getEndpoint("mock:updates"), exchange -> {
            if (routeFails) {
                throw new IllegalStateException("the sink is down");
            }
            routed.add(exchange.getMessage().getBody());
        });
        consumer.setExceptionHandler(new LoggingExceptionHandler(context, getClass()));
        consumer.start();
        emitter = new UpdateEmitter(consumer, shared.memory(), STREAM, shared, UpdateMessageHeaders.INSTANCE);
        outcomes = new PollOutcomes(followed, backoff, emitter, shared, MAX_AGE, clock);
        log.start();
    }

    @AfterEach
    void stop() {
        log.stop();
        consumer.stop();
        context.stop();
    }

    private FollowedOrder follow(String orderId, OrderSource source) {
        followed.follow(orderId, source, null);
        followed.flush();
        return followed.get(orderId);
    }

    private static Read fine(FollowedOrder order, Outcome outcome, int emitted, LocalDate day, String counters) {
        return new Read(order, new Result(outcome, emitted, day, counters), null);
    }

    private static Read failed(FollowedOrder order, Exception failure) {
        return new Read(order, null, failure);
    }

    private static Read skipped(FollowedOrder order) {
        return new Read(order, null, null);
    }

    /** What the client throws for an answer carrying an error status. */
    private static IletiMerkeziException refused(int code) {
        return new IletiMerkeziException(IletiMerkeziResponse.builder("report", code).build());
    }

    /** What the client throws for an answer it could not read (a maintenance page, one odd report). */
    private static IletiMerkeziException unreadable() {
        return new IletiMerkeziException("report", 200, "the body is not İleti Merkezi XML: <html>", null);
    }

    @Test
    void anAccountWideFailureFailsThePollForTheHealthCheckAndCountsAgainstNoOrder() {
        FollowedOrder first = follow("428", OrderSource.SEND);
        FollowedOrder second = follow("429", OrderSource.SEND);

        PollOutcomes.Tally tally = outcomes.act(List.of(failed(first, refused(401)), skipped(second)));

        assertThat(tally.accountFailure).isInstanceOf(IletiMerkeziException.class);
        assertThat(tally.failedOrder).isEqualTo("428");
        ReportPollException failure = new ReportPollException(tally.failure().getMessage(), tally.failure().getCause());
        assertThat(failure.getHttpResponseCode()).as("what the health check shows").isEqualTo(401);
        assertThat(failure).hasMessageContaining("failed for the whole stream")
                .hasMessageContaining("report of order 428 failed").hasMessageContaining("401")
                .hasMessageContaining("every order is kept").hasCause(tally.accountFailure);
        assertThat(backoff.failures("428")).isZero();
        assertThat(followed.ids()).containsExactly("428", "429");
        assertThat(log.warnings()).isEmpty();
    }

    @Test
    void theFirstAccountWideFailureIsTheOneReported() {
        FollowedOrder first = follow("428", OrderSource.SEND);
        FollowedOrder second = follow("429", OrderSource.SEND);
        IletiMerkeziException tooMany = refused(429);

        PollOutcomes.Tally tally = outcomes.act(List.of(failed(first, tooMany), failed(second, new IOException("reset"))));

        assertThat(tally.accountFailure).isSameAs(tooMany);
        assertThat(tally.failedOrder).isEqualTo("428");
        assertThat(backoff.failures("429")).isZero();
    }

    @Test
    void anOrderTheProviderDoesNotKnowBacksOffAloneAndIsWarnedAbout() {
        FollowedOrder unknown = follow("428", OrderSource.SEND);

        PollOutcomes.Tally tally = outcomes.act(List.of(failed(unknown, refused(455))));

        assertThat(tally.accountFailure).as("even with no other order read").isNull();
        assertThat(backoff.failures("428")).isEqualTo(1);
        assertThat(log.warnings()).singleElement().asString().startsWith("İleti Merkezi report of order 428 failed: ")
                .contains("455").endsWith("it is tried again at the next poll");

        outcomes.act(List.of(failed(unknown, refused(455))));
        assertThat(backoff.failures("428")).isEqualTo(2);
        assertThat(log.warnings().get(1)).endsWith("it is tried again after 1 skipped polls");
        assertThat(backoff.sitsOut(unknown)).isTrue();
        assertThat(followed.ids()).as("failing drops no order").containsExactly("428");
    }

    @Test
    void anUnclearFailureIsTheOrdersOwnWhenAnotherOrderReadFineInThePoll() {
        FollowedOrder odd = follow("428", OrderSource.SEND);
        FollowedOrder fine = follow("429", OrderSource.SEND);

        // the failed read comes first: the reads of the whole poll decide
        PollOutcomes.Tally tally = outcomes.act(List.of(failed(odd, unreadable()),
                fine(fine, Outcome.UNCHANGED, 0, null, null)));

        assertThat(tally.accountFailure).isNull();
        assertThat(tally.read).isEqualTo(1);
        assertThat(backoff.failures("428")).isEqualTo(1);
        assertThat(log.warnings()).singleElement().asString().contains("order 428");
    }

    @Test
    void anUnclearFailureIsTheAccountsWhenNoOrderReadFineUnlessTheOrderFailedOnItsOwnBefore() {
        FollowedOrder odd = follow("428", OrderSource.SEND);
        FollowedOrder other = follow("429", OrderSource.SEND);

        PollOutcomes.Tally tally = outcomes.act(List.of(failed(odd, unreadable()), failed(other, refused(400))));

        assertThat(tally.accountFailure).isInstanceOf(IletiMerkeziException.class);
        assertThat(tally.failedOrder).isEqualTo("428");
        assertThat(backoff.failures("428")).isZero();
        assertThat(backoff.failures("429")).isZero();

        backoff.failed("428", unreadable());
        tally = outcomes.act(List.of(failed(odd, unreadable())));
        assertThat(tally.accountFailure).as("shown to be the order's own before").isNull();
        assertThat(backoff.failures("428")).isEqualTo(2);
    }

    @Test
    void eachOutcomeWritesWhatChangedAndASuccessfulReadEndsTheOrdersBackoff() {
        LocalDate day = LocalDate.parse("2026-11-30");
        FollowedOrder waiting = follow("1", OrderSource.SEND).withNotBefore(null);
        FollowedOrder progressed = follow("2", OrderSource.SEND);
        FollowedOrder keptCounters = follow("3", OrderSource.SEND);
        FollowedOrder unchanged = follow("4", OrderSource.SEND);
        FollowedOrder notRead = follow("5", OrderSource.SEND);
        followed.update(keptCounters.withCounters("113|2|1|0|1"));
        followed.update(unchanged.withCounters("113|2|1|0|1").withNotBefore(clock.instant().minusSeconds(60)));
        keptCounters = followed.get("3");
        unchanged = followed.get("4");
        backoff.failed("2", refused(455));
        clock.advance(Duration.ofMinutes(10));

        PollOutcomes.Tally tally = outcomes.act(List.of(
                fine(waiting, Outcome.WAITING, 0, null, null),
                fine(progressed, Outcome.PROGRESSED, 3, day, "113|3|2|1|0"),
                fine(keptCounters, Outcome.INCOMPLETE, 1, day, null),
                fine(unchanged, Outcome.UNCHANGED, 0, day, null),
                skipped(notRead)));

        assertThat(tally.read).isEqualTo(4);
        assertThat(tally.emitted).isEqualTo(4);
        assertThat(tally.accountFailure).isNull();
        assertThat(followed.get("1").notBefore()).as("asked again after as long as it waited")
                .isEqualTo(clock.instant().plus(Duration.ofMinutes(10)));
        assertThat(followed.get("2")).extracting(FollowedOrder::day, FollowedOrder::counters, FollowedOrder::notBefore)
                .containsExactly(day, "113|3|2|1|0", null);
        assertThat(backoff.failures("2")).isZero();
        assertThat(followed.get("3")).extracting(FollowedOrder::day, FollowedOrder::counters)
                .containsExactly(day, "113|2|1|0|1");
        assertThat(followed.get("4")).extracting(FollowedOrder::day, FollowedOrder::counters, FollowedOrder::notBefore)
                .containsExactly(day, "113|2|1|0|1", null);
        assertThat(followed.get("5")).as("a skipped read changes nothing").isEqualTo(notRead);
        assertThat(store.orders(STREAM)).containsExactlyElementsOf(followed.snapshot());
    }

    @Test
    void aFinalOrderIsNoLongerFollowedAndItsKeysLeaveTheDefaultMemory() {
        FollowedOrder order = follow("428", OrderSource.SEND);
        FollowedOrder other = follow("429", OrderSource.SEND);
        emitter.polled(new DeliveryUpdate("428", "5301234567", 111, DeliveryStatus.DELIVERED, clock.instant()), 1);
        emitter.polled(new DeliveryUpdate("429", "5301234567", 111, DeliveryStatus.DELIVERED, clock.instant()), 1);
        backoff.failed("428", refused(455));

        outcomes.act(List.of(fine(order, Outcome.FINISHED, 1, null, null), fine(other, Outcome.PROGRESSED, 1, null, null)));

        assertThat(followed.ids()).containsExactly("429");
        assertThat(store.orders(STREAM)).extracting(FollowedOrder::orderId).containsExactly("429");
        assertThat(backoff.failures("428")).isZero();
        assertThat(shared.memoryKeys().keySet()).containsExactly("delivery/429/+905301234567/111/1");
        assertThat(shared.isFinished(emitter.orderPrefix("428"))).isTrue();
    }

    @Test
    void aConfiguredRepositoryKeepsTheKeysOfAFinalOrder() {
        PollOutcomes configured = new PollOutcomes(followed, backoff, emitter, null, MAX_AGE, clock);
        FollowedOrder order = follow("428", OrderSource.SEND);
        emitter.polled(new DeliveryUpdate("428", "5301234567", 111, DeliveryStatus.DELIVERED, clock.instant()), 1);

        configured.act(List.of(fine(order, Outcome.FINISHED, 0, null, null)));

        assertThat(followed.ids()).isEmpty();
        assertThat(shared.memoryKeys()).containsKey("delivery/428/+905301234567/111/1");
        assertThat(shared.isFinished(emitter.orderPrefix("428"))).isFalse();
    }

    @Test
    void anOrderStoreThatCannotBeWrittenFailsThePollForTheWholeStream() {
        MemoryFollowedOrderStore down = new MemoryFollowedOrderStore() {
            @Override
            public FollowedOrder update(String stream, FollowedOrder changed) {
                throw new IllegalStateException("connection refused");
            }
        };
        FollowedOrders orders = new FollowedOrders(down, STREAM, clock);
        orders.follow("428", OrderSource.SEND, null);
        orders.follow("429", OrderSource.SEND, null);
        orders.flush();
        PollOutcomes onDownStore = new PollOutcomes(orders, backoff, emitter, shared, MAX_AGE, clock);

        PollOutcomes.Tally tally = onDownStore.act(List.of(
                fine(orders.get("428"), Outcome.PROGRESSED, 2, null, "113|2|2|0|0"),
                fine(orders.get("429"), Outcome.FINISHED, 1, null, null)));

        assertThat(tally.accountFailure).isInstanceOf(StoreException.class);
        assertThat(tally.failedOrder).isNull();
        assertThat(tally.failure()).hasMessageStartingWith("The delivery-report poll failed for the whole stream (The"
                                                           + " orderStore could not be written: connection refused)");
        assertThat(orders.ids()).as("the other reads are still acted on").containsExactly("428");
    }

    @Test
    void anOrderSentHereThatTheProviderNeverKnewGetsAFinalOrderUpdateWhenGivenUp() {
        FollowedOrder order = follow("428", OrderSource.SEND);
        backoff.failed("428", refused(455));
        clock.advance(MAX_AGE.plusMinutes(1));

        outcomes.giveUp(order);

        assertThat(routed).singleElement().isInstanceOfSatisfying(OrderUpdate.class, update -> {
            assertThat(update.orderId()).isEqualTo("428");
            assertThat(update.statusCode()).isEqualTo(455);
            assertThat(update.seenAt()).isEqualTo(clock.instant());
        });
        assertThat(followed.ids()).isEmpty();
        assertThat(backoff.failures("428")).isZero();
        assertThat(log.warnings()).singleElement().asString().contains("Order 428 was followed for longer than maxOrderAge")
                .contains("(its last read failed: ").contains("455");
    }

    @Test
    void anOrderGivenUpForAnyOtherReasonGetsNoOrderUpdate() {
        FollowedOrder named = follow("428", OrderSource.OPTION);
        FollowedOrder odd = follow("429", OrderSource.SEND);
        FollowedOrder silent = follow("430", OrderSource.SEND);
        backoff.failed("428", refused(455));
        backoff.failed("429", unreadable());

        outcomes.giveUp(named);
        outcomes.giveUp(odd);
        outcomes.giveUp(silent);

        assertThat(routed).isEmpty();
        assertThat(followed.ids()).isEmpty();
        assertThat(log.warnings()).hasSize(3);
        assertThat(log.warnings().get(2)).contains("Order 430").doesNotContain("last read failed");
    }

    @Test
    void anOrderWhoseFinalUpdateTheRouteFailedOnStaysFollowed() {
        FollowedOrder order = follow("428", OrderSource.SEND);
        backoff.failed("428", refused(455));
        routeFails = true;

        outcomes.giveUp(order);

        assertThat(followed.ids()).as("given up again at the next poll").containsExactly("428");
        assertThat(backoff.failures("428")).isEqualTo(1);

        routeFails = false;
        outcomes.giveUp(order);
        assertThat(routed).hasSize(1);
        assertThat(followed.ids()).isEmpty();
    }
}
