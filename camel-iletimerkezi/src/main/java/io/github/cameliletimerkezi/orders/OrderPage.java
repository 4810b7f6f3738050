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

import java.util.List;

/**
 * One page of the order list of one date window.
 *
 * @param count  how many orders the window holds, or null when absent
 * @param orders this page's orders
 */
public record OrderPage(Integer count, List<OrderSummary> orders) {

    public OrderPage {
        orders = orders == null ? List.of() : List.copyOf(orders);
    }
}
