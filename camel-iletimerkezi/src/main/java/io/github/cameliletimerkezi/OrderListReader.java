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

import java.io.IOException;
import java.time.LocalDate;

import io.github.cameliletimerkezi.api.IletiMerkeziClient;
import io.github.cameliletimerkezi.model.ApiTime;
import io.github.cameliletimerkezi.orders.OrderList;
import org.apache.camel.Message;

/**
 * Reads the day range of an {@code orders} request from the {@code CamelIletiMerkeziStart} and
 * {@code CamelIletiMerkeziEnd} headers ({@code yyyy-MM-dd} or {@code java.time} values, in Turkish time) and opens the
 * list; the end defaults to the start.
 */
public final class OrderListReader {

    private OrderListReader() {
    }

    public static OrderList read(Message message, IletiMerkeziClient client) throws IOException {
        Object start = message.getHeader(IletiMerkeziConstants.START);
        if (start == null || start instanceof CharSequence text && text.toString().isBlank()) {
            throw new IllegalArgumentException("start is missing: set the " + IletiMerkeziConstants.START
                                               + " header to the first day (yyyy-MM-dd or a java.time value)");
        }
        LocalDate first = ApiTime.date(start, "start");
        Object end = message.getHeader(IletiMerkeziConstants.END);
        LocalDate last = end == null ? first : ApiTime.date(end, "end");
        return new OrderList(client, first, last);
    }
}
