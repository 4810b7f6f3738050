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
package io.github.cameliletimerkezi.e2e;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.github.cameliletimerkezi.IletiMerkeziConstants;
import io.github.cameliletimerkezi.model.IletiMerkeziResponse;
import io.github.cameliletimerkezi.orders.OrderList;
import io.github.cameliletimerkezi.orders.OrderSummary;
import io.github.cameliletimerkezi.sandbox.SandboxClock;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The order list against the sandbox: a range longer than the provider's 10 days, with more orders than one page,
 * comes back whole and in order, with each order's counters.
 */
class OrderListAgainstSandboxTest extends SandboxTestSupport {

    @Test
    void everyOrderOfALongRangeComesBackOnce() {
        LocalDate firstDay = today(clock);
        List<String> sent = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
            sent.add(send("Sipariş " + i));
        }
        clock.advance(Duration.ofDays(12));
        sent.add(send("Geç sipariş"));
        clock.advance(Duration.ofMinutes(5));

        OrderList list = template.requestBodyAndHeaders("iletimerkezi:orders", null, Map.of(
                IletiMerkeziConstants.START, firstDay.minusDays(1), IletiMerkeziConstants.END, firstDay.plusDays(14)),
                OrderList.class);

        List<OrderSummary> orders = list.stream().toList();
        assertThat(orders).extracting(OrderSummary::id).containsExactlyElementsOf(sent);
        assertThat(orders).allSatisfy(order -> {
            assertThat(order.status()).isEqualTo(114);
            assertThat(order.total()).isEqualTo(1);
            assertThat(order.delivered()).isEqualTo(1);
            assertThat(order.sender()).isEqualTo("SANDBOX");
        });
    }

    @Test
    void aRangeWithoutOrdersIsEmpty() {
        OrderList list = template.requestBodyAndHeader("iletimerkezi:orders", null, IletiMerkeziConstants.START,
                today(clock).minusDays(30), OrderList.class);

        assertThat(list.hasNext()).isFalse();
        assertThat(list.firstAnswer().getCode()).isEqualTo(200);
    }

    private String send(String text) {
        return template.requestBodyAndHeader("iletimerkezi:send", text, IletiMerkeziConstants.RECIPIENTS, "5301234567",
                IletiMerkeziResponse.class).getOrderId();
    }

    private static LocalDate today(SandboxClock clock) {
        return clock.instant().atZone(clock.getZone()).toLocalDate();
    }
}
