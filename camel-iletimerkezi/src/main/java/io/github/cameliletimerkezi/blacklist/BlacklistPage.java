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
package io.github.cameliletimerkezi.blacklist;

import java.util.List;

/**
 * One page of the account's blacklist.
 *
 * @param count   how many numbers the whole blacklist (or the filtered part of it) holds, or null when absent
 * @param numbers this page's numbers, as the provider lists them ({@code +905xxxxxxxxx})
 */
public record BlacklistPage(Long count, List<String> numbers) {

    public BlacklistPage {
        numbers = numbers == null ? List.of() : List.copyOf(numbers);
    }

    /** How many pages of {@code rowCount} numbers the whole list spans. */
    public long pageCount(int rowCount) {
        return count == null || count <= 0 ? 1 : (count + rowCount - 1) / rowCount;
    }
}
