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

import io.github.cameliletimerkezi.model.IletiMerkeziResponse;

/**
 * One page of the order list, whoever reads it: what {@link OrderList} walks. The plain client
 * ({@code io.github.cameliletimerkezi.api.IletiMerkeziClient}) is one, so the list needs nothing above this package.
 */
@FunctionalInterface
public interface OrderPages {

    /**
     * One page of the orders submitted between two days (both included, at most {@value OrderListCalls#MAX_DAYS} days
     * apart); the payload is an {@link OrderPage}.
     */
    IletiMerkeziResponse orders(LocalDate start, LocalDate end, int page) throws IOException;
}
