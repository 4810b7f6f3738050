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

import java.util.Collection;
import java.util.Map;

/**
 * Storage every instance of an application shares, through which orders sent (or named) on one instance reach the
 * report consumer of whichever instance polls: one entry per order, written by senders, taken by the polling
 * consumer once it has saved them among its followed orders. Implementations must be safe for concurrent writers on
 * several machines; adding an order already waiting changes nothing.
 */
public interface OrderHandOver {

    /** Records an order to follow; called on the sender's thread, right after the send succeeded. */
    void put(String orderId, OrderSource source);

    /** Up to {@code max} waiting orders, oldest first. */
    Map<String, OrderSource> waiting(int max);

    /** Forgets orders a consumer has saved among its followed orders. */
    void remove(Collection<String> orderIds);
}
