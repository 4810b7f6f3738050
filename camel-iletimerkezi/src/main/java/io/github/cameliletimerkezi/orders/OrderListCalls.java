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
package io.github.cameliletimerkezi.orders;

import java.io.IOException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cameliletimerkezi.client.ApiTransport;
import io.github.cameliletimerkezi.client.JsonApi;
import io.github.cameliletimerkezi.model.ApiTime;
import io.github.cameliletimerkezi.model.IletiMerkeziResponse;

/**
 * The order list over {@code POST /v1/get-reports/json} (JSON only): one page of the orders submitted between two
 * days, at most {@value #MAX_DAYS} days apart counting both ends, as the provider allows (458 otherwise).
 */
public final class OrderListCalls {

    public static final String OPERATION = "orders";
    /** The provider's widest window, both days included. */
    public static final int MAX_DAYS = 10;

    private final JsonApi api;

    public OrderListCalls(ApiTransport transport) {
        this.api = new JsonApi(transport);
    }

    /**
     * @throws IllegalArgumentException when a day is missing, the end is before the start, the window is wider than
     *                                  {@value #MAX_DAYS} days or the page is below 1
     */
    public IletiMerkeziResponse page(LocalDate start, LocalDate end, int page) throws IOException {
        checkWindow(start, end);
        if (page < 1) {
            throw new IllegalArgumentException("page must be 1 or more, was " + page);
        }
        ObjectNode envelope = api.envelope();
        ((ObjectNode) envelope.get("request")).putObject("filter")
                .put("start", ApiTime.format(start)).put("end", ApiTime.format(end)).put("page", page);
        JsonApi.Answer answer = api.call(OPERATION, "/get-reports/json", envelope);
        JsonNode orders = answer.response().get("orders");
        if (orders != null && orders.isArray()) {
            List<OrderSummary> list = new ArrayList<>(orders.size());
            for (JsonNode order : orders) {
                list.add(new OrderSummary(JsonApi.text(order.get("id")), JsonApi.integer(order.get("status")),
                        JsonApi.integer(order.get("total")), JsonApi.integer(order.get("delivered")),
                        JsonApi.integer(order.get("undelivered")), JsonApi.integer(order.get("waiting")),
                        JsonApi.text(order.get("submitAt")), JsonApi.text(order.get("sendAt")),
                        JsonApi.text(order.get("sender"))));
            }
            answer.builder().payload(new OrderPage(JsonApi.integer(answer.response().get("count")), list));
        }
        return answer.builder().build();
    }

    static void checkWindow(LocalDate start, LocalDate end) {
        checkRange(start, end);
        long days = ChronoUnit.DAYS.between(start, end) + 1;
        if (days > MAX_DAYS) {
            throw new IllegalArgumentException("start " + start + " to end " + end + " spans " + days + " days; the provider"
                                               + " takes at most " + MAX_DAYS + " (the orders operation splits longer ranges)");
        }
    }

    static void checkRange(LocalDate start, LocalDate end) {
        if (start == null) {
            throw new IllegalArgumentException("start is missing: give the first day of the order list");
        }
        if (end == null) {
            throw new IllegalArgumentException("end is missing: give the last day of the order list");
        }
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("end " + end + " is before start " + start);
        }
    }
}
