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
package io.github.cameliletimerkezi.inbox;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One answer of {@code get-inbox}: the messages it listed (those outside the query's time range left out).
 *
 * @param totalRows how many messages the provider says the inbox holds, or null when absent
 * @param page      which page was asked for, from 1
 * @param rows      how many messages the answer listed, before the time range was applied
 * @param messages  the messages within the query's time range, in the provider's order
 */
public record InboxPage(Integer totalRows, int page, int rows, List<InboxMessage> messages) {

    public InboxPage {
        messages = messages == null ? List.of() : List.copyOf(messages);
    }

    /** The page as a map ({@code totalRows}, {@code page}, {@code messages} as maps). */
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        if (totalRows != null) {
            map.put("totalRows", totalRows);
        }
        map.put("page", page);
        List<Map<String, Object>> list = new ArrayList<>(messages.size());
        messages.forEach(m -> list.add(m.toMap()));
        map.put("messages", list);
        return map;
    }
}
