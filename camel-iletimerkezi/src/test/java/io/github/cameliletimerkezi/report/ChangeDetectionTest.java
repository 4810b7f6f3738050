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
import java.time.LocalDate;
import java.util.List;

import io.github.cameliletimerkezi.IletiMerkeziReportConsumer;
import io.github.cameliletimerkezi.IletiMerkeziTestSupport;
import io.github.cameliletimerkezi.LogCapture;
import io.github.cameliletimerkezi.api.HttpIletiMerkeziClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.github.cameliletimerkezi.report.OrderListWire.order;
import static io.github.cameliletimerkezi.report.OrderListWire.page;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Change detection alone, over a real order-list scan against WireMock: which followed orders a poll reads, and how
 * a failing list is left alone for some polls and logged once.
 */
class ChangeDetectionTest extends IletiMerkeziTestSupport {

    private static final String DAY = "2024-11-12";

    private final OrderListWire list = new OrderListWire(wireMock);
    private final LogCapture log = new LogCapture(IletiMerkeziReportConsumer.class.getName());
    private HttpIletiMerkeziClient client;
    private ChangeDetection changes;

    @BeforeEach
    void create() {
        client = list.client();
        changes = new ChangeDetection(new OrderListScan(client, null, 1), true);
        log.start();
    }

    @AfterEach
    void close() throws Exception {
        log.stop();
        client.close();
    }

    /** An order read completely before: its day and counters are known. */
    private static FollowedOrder read(String id, String counters) {
        return FollowedOrder.of(id, OrderSource.SEND, Instant.EPOCH).withDay(LocalDate.parse(DAY)).withCounters(counters);
    }

    private static FollowedOrder neverRead(String id) {
        return FollowedOrder.of(id, OrderSource.SEND, Instant.EPOCH);
    }

    private List<FollowedOrder> poll(List<FollowedOrder> due) {
        return changes.changed(due, () -> false);
    }

    private void listShowsAllUnchanged() {
        list.answerAll(200, page(2, order("1", 113, 1, 0, 0, 1, DAY), order("2", 113, 1, 0, 0, 1, DAY)));
    }

    private void listFails() {
        list.answerAll(500, OrderListWire.error(500, "Sunucu hatası"));
    }

    @Test
    void onlyOrdersTheListShowsChangedOrDoesNotShowOrThatWereNeverReadCompletelyAreReadInTheirOrder() {
        list.answerAll(200, page(3, order("1", 113, 1, 0, 0, 1, DAY), order("2", 113, 2, 1, 0, 1, DAY),
                order("4", 113, 1, 0, 0, 1, DAY)));
        FollowedOrder unchanged = read("1", "113|1|0|0|1");
        FollowedOrder changed = read("2", "113|2|0|0|2");
        FollowedOrder notListed = read("3", "113|1|0|0|1");
        FollowedOrder unchangedToo = read("4", "113|1|0|0|1");
        FollowedOrder dayOnly = neverRead("5").withDay(LocalDate.parse(DAY));

        assertThat(poll(List.of(unchanged, dayOnly, changed, notListed, unchangedToo)))
                .containsExactly(dayOnly, changed, notListed);
        assertThat(list.asked()).as("one page: the orders' one day").containsExactly(DAY + "/" + DAY + "/1");
    }

    @Test
    void whenTheListShowsEveryOrderUnchangedNoneIsRead() {
        listShowsAllUnchanged();
        assertThat(poll(List.of(read("1", "113|1|0|0|1"), read("2", "113|1|0|0|1")))).isEmpty();
    }

    @Test
    void ordersNeverReadCompletelyAreReadWithoutAskingTheList() {
        listShowsAllUnchanged();
        List<FollowedOrder> due = List.of(neverRead("1").withDay(LocalDate.parse(DAY)),
                neverRead("2").withCounters("113|1|0|0|1"), neverRead("3"));

        assertThat(poll(due)).containsExactlyElementsOf(due);
        List<FollowedOrder> daysOnly = List.of(neverRead("4").withDay(LocalDate.parse(DAY)),
                neverRead("5").withDay(LocalDate.parse(DAY)));
        assertThat(poll(daysOnly)).containsExactlyElementsOf(daysOnly);
        assertThat(list.asked()).isEmpty();
        assertThat(log.warnings()).isEmpty();
    }

    @Test
    void withTheListOffOrNothingDueTheListIsNotAsked() {
        listShowsAllUnchanged();
        List<FollowedOrder> due = List.of(read("1", "113|1|0|0|1"), read("2", "113|1|0|0|1"));

        ChangeDetection off = new ChangeDetection(new OrderListScan(client, null, 1), false);
        assertThat(off.changed(due, () -> false)).containsExactlyElementsOf(due);
        assertThat(poll(List.of())).isEmpty();
        assertThat(list.asked()).isEmpty();
    }

    @Test
    void aFailingListIsLeftAloneForSomePollsAndWarnedOnceUntilItAnswersAgain() {
        List<FollowedOrder> due = List.of(read("1", "113|1|0|0|1"), read("2", "113|1|0|0|1"));
        listFails();

        assertThat(poll(due)).as("every order read on its own").containsExactlyElementsOf(due);
        assertThat(list.asked()).hasSize(1);
        assertThat(log.warnings()).singleElement().asString().contains("order list").contains("500")
                .contains(ChangeDetection.ORDER_LIST_PAUSE_POLLS + " polls");

        for (int i = 0; i < ChangeDetection.ORDER_LIST_PAUSE_POLLS; i++) {
            assertThat(poll(due)).containsExactlyElementsOf(due);
        }
        assertThat(list.asked()).as("not asked while paused").hasSize(1);

        assertThat(poll(due)).containsExactlyElementsOf(due);
        assertThat(list.asked()).as("asked again after the pause").hasSize(2);
        assertThat(log.warnings()).as("failing again is not warned again").hasSize(1);

        for (int i = 0; i < ChangeDetection.ORDER_LIST_PAUSE_POLLS; i++) {
            poll(due);
        }
        listShowsAllUnchanged();
        assertThat(poll(due)).as("answers again: only changed orders").isEmpty();
        assertThat(list.asked()).hasSize(3);

        listFails();
        assertThat(poll(due)).containsExactlyElementsOf(due);
        assertThat(log.warnings()).as("a new failure after it answered is warned").hasSize(2);
    }

    @Test
    void aListReadCutShortByStoppingIsNoFailure() {
        List<FollowedOrder> due = List.of(read("1", "113|1|0|0|1"), read("2", "113|1|0|0|1"));
        listFails();

        assertThat(changes.changed(due, () -> true)).containsExactlyElementsOf(due);
        assertThat(log.warnings()).isEmpty();

        listShowsAllUnchanged();
        assertThat(poll(due)).as("no pause: the list is asked at the next poll").isEmpty();
        assertThat(list.asked()).hasSize(2);
    }
}
