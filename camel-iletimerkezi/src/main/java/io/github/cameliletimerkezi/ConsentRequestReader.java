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

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import io.github.cameliletimerkezi.consent.ConsentQuery;
import io.github.cameliletimerkezi.consent.ConsentRecord;
import org.apache.camel.Message;

/**
 * Reads consent requests from a message. {@code addConsent}: a {@link ConsentRecord}, a {@code Map} with its fields
 * ({@code recipient}, {@code recipientType}, {@code type}, {@code source}, {@code status}, {@code consentDate}), or a
 * list of either. {@code consent}: a {@link ConsentQuery}, a {@code Map} with {@code recipient}, {@code recipientType}
 * and {@code type}, or the recipient alone (type MESAJ, the recipient type from the iysList option, else BIREYSEL).
 */
public final class ConsentRequestReader {

    private ConsentRequestReader() {
    }

    /**
     * @throws IllegalArgumentException naming the record and the field, before anything is sent
     */
    public static List<ConsentRecord> records(Message message) {
        Object body = message.getBody();
        Collection<?> items = body instanceof Collection<?> collection ? collection : body == null ? List.of() : List.of(body);
        if (items.isEmpty()) {
            throw new IllegalArgumentException("consent records are missing: put a ConsentRecord, a Map or a list of them in the body");
        }
        List<ConsentRecord> records = new ArrayList<>(items.size());
        int index = 1;
        for (Object item : items) {
            String where = items.size() == 1 ? "" : "record " + index + ": ";
            if (item instanceof ConsentRecord record) {
                records.add(record);
            } else if (item instanceof Map<?, ?> map) {
                records.add(ConsentRecord.checked(map.get("recipient"), map.get("recipientType"), map.get("type"),
                        map.get("source"), map.get("status"), map.get("consentDate"), where));
            } else {
                throw new IllegalArgumentException(where + "expected a ConsentRecord or a Map, got " + item.getClass().getName());
            }
            index++;
        }
        return records;
    }

    public static ConsentQuery query(Message message, IletiMerkeziConfiguration configuration) {
        Object body = message.getBody();
        if (body instanceof ConsentQuery query) {
            return query;
        }
        if (body instanceof Map<?, ?> map) {
            return ConsentQuery.of(map.get("recipient"), map.containsKey("recipientType") ? map.get("recipientType")
                    : configuration.getIysList(), map.get("type"));
        }
        return ConsentQuery.of(body == null ? null : message.getBody(String.class), configuration.getIysList(), null);
    }
}
