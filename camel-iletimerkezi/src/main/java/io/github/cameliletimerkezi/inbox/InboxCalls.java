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

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cameliletimerkezi.client.ApiTransport;
import io.github.cameliletimerkezi.client.JsonApi;
import io.github.cameliletimerkezi.model.IletiMerkeziResponse;

/**
 * The account's received SMS over {@code POST /v1/get-inbox/json} (JSON only). The documented request is the
 * authentication alone, and that is what page 1 sends; a later page adds {@code "inbox":{"page":n}}, the blacklist
 * list's paging, which the provider does not document. The answer is read as
 * {@code "inbox":{"totalRows", "message":[{id, date, sender, receiver, text}]}} (see docs/inbox.md for which names are
 * confirmed); the payload is an {@link InboxPage}.
 */
public final class InboxCalls {

    public static final String OPERATION = "inbox";
    public static final String PATH = "/get-inbox/json";

    private final JsonApi api;

    public InboxCalls(ApiTransport transport) {
        this.api = new JsonApi(transport);
    }

    public IletiMerkeziResponse list(InboxQuery query) throws IOException {
        InboxQuery checked = query == null ? InboxQuery.firstPage() : query;
        ObjectNode envelope = api.envelope();
        if (checked.getPage() > 1) {
            ((ObjectNode) envelope.get("request")).putObject("inbox").put("page", checked.getPage());
        }
        JsonApi.Answer answer = api.call(OPERATION, PATH, envelope);
        JsonNode inbox = answer.response().get("inbox");
        if (inbox != null && inbox.isObject()) {
            List<InboxMessage> listed = messages(inbox.get("message"));
            List<InboxMessage> kept = listed.stream().filter(checked::includes).toList();
            answer.builder().payload(new InboxPage(JsonApi.integer(inbox.get("totalRows")), checked.getPage(),
                    listed.size(), kept));
        }
        return answer.builder().build();
    }

    /** The rows as an array, or a single row as an object (as XML-derived JSON writes a list of one). */
    private static List<InboxMessage> messages(JsonNode rows) {
        if (rows == null || rows.isNull()) {
            return List.of();
        }
        List<JsonNode> nodes = new ArrayList<>();
        if (rows.isArray()) {
            rows.forEach(nodes::add);
        } else if (rows.isObject()) {
            nodes.add(rows);
        }
        List<InboxMessage> messages = new ArrayList<>(nodes.size());
        for (JsonNode row : nodes) {
            if (!row.isObject()) {
                continue;
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> fields = JsonApi.MAPPER.convertValue(row, LinkedHashMap.class);
            messages.add(new InboxMessage(JsonApi.text(row.get("id")), JsonApi.text(row.get("sender")),
                    JsonApi.text(row.get("receiver")), text(row.get("text")), JsonApi.text(row.get("date")), fields));
        }
        return messages;
    }

    /** The message text as sent: not trimmed, since leading and trailing spaces can be the sender's. */
    private static String text(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode() ? null : node.asText();
    }
}
