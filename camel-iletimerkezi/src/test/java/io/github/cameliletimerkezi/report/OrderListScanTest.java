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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import io.github.cameliletimerkezi.IletiMerkeziTestSupport;
import io.github.cameliletimerkezi.api.HttpIletiMerkeziClient;
import io.github.cameliletimerkezi.client.IletiMerkeziException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static io.github.cameliletimerkezi.report.OrderListWire.order;
import static io.github.cameliletimerkezi.report.OrderListWire.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The order-list scan alone, against the provider's {@code get-reports/json} on WireMock: which followed orders it
 * finds unchanged, the windows of days it asks, how far it pages, and the refusals it passes on.
 */
class OrderListScanTest extends IletiMerkeziTestSupport {

    private final OrderListWire list = new OrderListWire(wireMock);
    private final Map<String, FollowedOrder> candidates = new LinkedHashMap<>();
    private HttpIletiMerkeziClient client;
    private ExecutorService workers;

    @BeforeEach
    void createClient() {
        client = list.client();
    }

    @AfterEach
    void closeClient() throws Exception {
        client.close();
        if (workers != null) {
            workers.shutdownNow();
        }
    }

    private void follow(String id, String day, String counters) {
        candidates.put(id, FollowedOrder.of(id, OrderSource.SEND, Instant.EPOCH).withDay(LocalDate.parse(day))
                .withCounters(counters));
    }

    private OrderListScan scan() {
        return new OrderListScan(client, null, 4);
    }

    @Test
    void anOrderIsUnchangedOnlyWhenItsCountersInTheListEqualThoseSeenLast() throws Exception {
        // the documented answer: 89 with numbers, 90 with strings
        list.answerAll(200, sample("orders-docs.json"));
        follow("89", "2024-11-12", "113|1|0|0|1");
        follow("90", "2024-11-13", "114|2|1|1|0");

        OrderListScan scan = scan();
        assertThat(scan.unchanged(candidates)).containsExactly("89");

        assertThat(list.asked()).containsExactly("2024-11-12/2024-11-13/1");
        assertThat(scan.requests()).isEqualTo(1);
    }

    @Test
    void aStatusChangeAloneCountsAsChangedAndALeftOutCounterAsZero() throws Exception {
        list.answerAll(200, page(3,
                order("1", 114, 2, 2, 0, 0, "2024-11-12"),
                "{\"id\":\"2\",\"status\":\"113\",\"total\":\"2\",\"delivered\":\"2\",\"undelivered\":\"\","
                + "\"submitAt\":\"2024-11-12 10:00:00\",\"sender\":\"APITEST\"}",
                order("3", 113, 1, 1, 0, 0, "2024-11-12")));
        follow("1", "2024-11-12", "113|2|2|0|0");
        follow("2", "2024-11-12", "113|2|2|0|0");
        follow("3", "2024-11-12", "113|1|0|0|1");

        assertThat(scan().unchanged(candidates)).containsExactly("2");
    }

    @Test
    void unreadableRowsAndOrdersTheListDoesNotShowCountAsChanged() throws Exception {
        list.answerAll(200, page(4,
                "{\"id\":\"1\",\"status\":113,\"total\":\"\",\"delivered\":0,\"undelivered\":0,\"waiting\":1,"
                + "\"submitAt\":\"2024-11-12 10:00:00\"}",
                "{\"id\":\"2\",\"status\":113,\"total\":\"bir\",\"delivered\":0,\"undelivered\":0,\"waiting\":1}",
                "{\"status\":113,\"total\":1,\"delivered\":0,\"undelivered\":0,\"waiting\":1}",
                order("9999", 113, 1, 0, 0, 1, "2024-11-12")));
        follow("1", "2024-11-12", "113|1|0|0|1");
        follow("2", "2024-11-12", "113|1|0|0|1");
        follow("3", "2024-11-12", "113|1|0|0|1");

        assertThat(scan().unchanged(candidates)).isEmpty();
    }

    @Test
    void theDaysAreCoveredByAsFewWindowsOfTenDaysAsTheyAllowEachEndingAtItsLastFollowedDay() throws Exception {
        list.answerAll(200, page(0));
        follow("5", "2024-11-25", "113|1|0|0|1");
        follow("1", "2024-11-01", "113|1|0|0|1");
        follow("3", "2024-11-10", "113|1|0|0|1");
        follow("2", "2024-11-05", "113|1|0|0|1");
        follow("4", "2024-11-11", "113|1|0|0|1");
        follow("6", "2024-11-26", "113|1|0|0|1");

        OrderListScan scan = scan();
        assertThat(scan.unchanged(candidates)).isEmpty();

        assertThat(list.asked()).containsExactly("2024-11-01/2024-11-10/1", "2024-11-11/2024-11-11/1",
                "2024-11-25/2024-11-26/1");
        assertThat(scan.requests()).isEqualTo(3);
    }

    @Test
    void pagesAreReadWhileTheyAreFewerThanTheOrdersNotFoundYet() throws Exception {
        String day = "2024-11-12";
        list.answer(day, day, 1, 200, page(6, order("1", 113, 1, 0, 0, 1, day), order("2", 113, 1, 0, 0, 1, day)));
        list.answer(day, day, 2, 200, page(6, order("3", 113, 1, 0, 0, 1, day), order("4", 113, 1, 0, 0, 1, day)));
        list.answer(day, day, 3, 200, page(6, order("5", 113, 1, 0, 0, 1, day), order("6", 113, 1, 1, 0, 0, day)));
        follow("1", day, "113|1|0|0|1");
        follow("4", day, "113|1|0|0|1");
        follow("6", day, "113|1|0|0|1");

        OrderListScan scan = scan();
        assertThat(scan.unchanged(candidates)).containsExactlyInAnyOrder("1", "4");

        assertThat(list.asked()).containsExactly(day + "/" + day + "/1", day + "/" + day + "/2", day + "/" + day + "/3");
        assertThat(scan.requests()).isEqualTo(3);
    }

    @Test
    void aWindowIsLeftWhenItsRemainingPagesOutnumberItsOrdersNotFoundYet() throws Exception {
        String day = "2024-11-12";
        // 10 orders, 2 a page: 4 pages more for 2 orders not found, which cost 2 reports read one by one
        list.answer(day, day, 1, 200, page(10, order("1", 113, 1, 0, 0, 1, day), order("2", 113, 1, 0, 0, 1, day)));
        for (int p = 2; p <= 5; p++) {
            list.answer(day, day, p, 200, page(10, order(String.valueOf(2 * p - 1), 113, 1, 0, 0, 1, day),
                    order(String.valueOf(2 * p), 113, 1, 0, 0, 1, day)));
        }
        follow("9", day, "113|1|0|0|1");
        follow("10", day, "113|1|0|0|1");

        OrderListScan scan = scan();
        assertThat(scan.unchanged(candidates)).isEmpty();

        assertThat(list.asked()).containsExactly(day + "/" + day + "/1");
        assertThat(scan.requests()).isEqualTo(1);
    }

    @Test
    void aWindowWhoseFirstPageHoldsAllItsOrdersIsNotPagedFurther() throws Exception {
        String day = "2024-11-12";
        list.answer(day, day, 1, 200, page(2, order("1", 113, 1, 0, 0, 1, day), order("2", 113, 1, 0, 0, 1, day)));
        follow("1", day, "113|1|0|0|1");
        follow("3", day, "113|1|0|0|1");

        OrderListScan scan = scan();
        assertThat(scan.unchanged(candidates)).containsExactly("1");
        assertThat(scan.requests()).isEqualTo(1);
    }

    @Test
    void withoutACountPagesAreReadUntilOneComesBackEmpty() throws Exception {
        String day = "2024-11-12";
        list.answer(day, day, 1, 200, page(null, order("1", 113, 1, 0, 0, 1, day), order("2", 113, 1, 0, 0, 1, day)));
        list.answer(day, day, 2, 200, page(null, order("3", 113, 1, 0, 0, 1, day), order("4", 113, 1, 0, 0, 1, day)));
        list.answer(day, day, 3, 200, page(null));
        follow("3", day, "113|1|0|0|1");
        follow("7", day, "113|1|0|0|1");

        OrderListScan scan = scan();
        assertThat(scan.unchanged(candidates)).containsExactly("3");
        assertThat(list.asked()).containsExactly(day + "/" + day + "/1", day + "/" + day + "/2", day + "/" + day + "/3");

        // once every followed order was found, no further page is asked
        wireMock.resetRequests();
        candidates.remove("7");
        assertThat(scan.unchanged(candidates)).containsExactly("3");
        assertThat(scan.requests()).as("the last scan's requests only").isEqualTo(2);
    }

    @Test
    void laterPagesAreReadOnTheWorkersAndAllCompared() throws Exception {
        workers = Executors.newFixedThreadPool(3);
        String day = "2024-11-12";
        list.answer(day, day, 1, 200, page(8, order("1", 113, 1, 0, 0, 1, day), order("2", 113, 1, 0, 0, 1, day)));
        for (int p = 2; p <= 4; p++) {
            list.answer(day, day, p, 200, page(8, order(String.valueOf(2 * p - 1), 113, 1, 0, 0, 1, day),
                    order(String.valueOf(2 * p), 113, 1, 0, 0, 1, day)));
        }
        follow("3", day, "113|1|0|0|1");
        follow("6", day, "113|1|0|0|1");
        follow("8", day, "113|1|1|0|0");

        OrderListScan scan = new OrderListScan(client, workers, 3);
        assertThat(scan.unchanged(candidates)).containsExactlyInAnyOrder("3", "6");
        assertThat(list.asked()).containsExactlyInAnyOrder(day + "/" + day + "/1", day + "/" + day + "/2",
                day + "/" + day + "/3", day + "/" + day + "/4");
        assertThat(scan.requests()).isEqualTo(4);
    }

    @Test
    void aRefusedFirstPageFailsTheScanWithTheProvidersCode() {
        list.answerAll(458, OrderListWire.error(458, "Tarih aralığı hatalı"));
        follow("1", "2024-11-12", "113|1|0|0|1");

        assertThatThrownBy(() -> scan().unchanged(candidates)).isInstanceOfSatisfying(IletiMerkeziException.class,
                e -> {
                    assertThat(e.getStatusCode()).isEqualTo(458);
                    assertThat(e.getStatusMessage()).isEqualTo("Tarih aralığı hatalı");
                });
    }

    @Test
    void aRefusedLaterPageReadOnTheWorkersFailsTheScanWithTheProvidersCode() {
        workers = Executors.newFixedThreadPool(2);
        String day = "2024-11-12";
        list.answer(day, day, 1, 200, page(6, order("1", 113, 1, 0, 0, 1, day), order("2", 113, 1, 0, 0, 1, day)));
        list.answer(day, day, 2, 200, page(6, order("3", 113, 1, 0, 0, 1, day), order("4", 113, 1, 0, 0, 1, day)));
        list.answer(day, day, 3, 401, OrderListWire.error(401, "Üyelik bilgileri hatalı"));
        follow("5", day, "113|1|0|0|1");
        follow("6", day, "113|1|0|0|1");

        assertThatThrownBy(() -> new OrderListScan(client, workers, 2).unchanged(candidates))
                .isInstanceOfSatisfying(IletiMerkeziException.class, e -> assertThat(e.getStatusCode()).isEqualTo(401));
    }

    @Test
    void anAnswerThatIsNotTheProvidersJsonFailsTheScan() {
        wireMock.stubFor(post(OrderListWire.PATH).willReturn(aResponse().withStatus(503)
                .withHeader("Content-Type", "text/html").withBody("<html>Bakım çalışması</html>")));
        follow("1", "2024-11-12", "113|1|0|0|1");

        assertThatThrownBy(() -> scan().unchanged(candidates)).isInstanceOf(IletiMerkeziException.class)
                .hasMessageContaining("503");
    }
}
