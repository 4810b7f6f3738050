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
package io.github.cameliletimerkezi.sandbox;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The account's received SMS ({@code get-inbox/json}): what a test puts in with
 * {@link IletiMerkeziSandbox#receiveSms}, oldest first, {@value #PAGE_SIZE} a page. The provider documents the request
 * (authentication only) but not the answer's element names nor any paging; the sandbox answers in the form the
 * component reads, {@code "inbox":{"totalRows":"n","message":[{id, date, sender, receiver, text}]}}, with totalRows as
 * a string as the provider writes it, and takes {@code "inbox":{"page":n}} for later pages.
 */
final class SandboxInbox {

    /** Messages a page: the sandbox's own choice, small enough that tests can reach a second page. */
    static final int PAGE_SIZE = 100;
    private static final ZoneId ISTANBUL = ZoneId.of("Europe/Istanbul");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    record Received(long id, String date, String sender, String receiver, String text) {
    }

    private final Clock clock;
    private final List<Received> messages = new ArrayList<>();
    private long nextId = 1;

    SandboxInbox(Clock clock) {
        this.clock = clock;
    }

    synchronized String receive(String sender, String receiver, String text) {
        String canonical = Numbers.canonical(sender);
        if (canonical == null) {
            throw new IllegalArgumentException("sender '" + sender + "' is not a phone number");
        }
        if (receiver == null || receiver.isBlank()) {
            throw new IllegalArgumentException("receiver is missing: give the account's number or short code");
        }
        if (text == null) {
            throw new IllegalArgumentException("text is missing");
        }
        Received received = new Received(nextId++, DATE_TIME.format(clock.instant().atZone(ISTANBUL)), canonical,
                receiver.trim(), text);
        messages.add(received);
        return String.valueOf(received.id());
    }

    /** The latest messages, newest first. */
    synchronized List<Received> latest(int max) {
        List<Received> newestFirst = new ArrayList<>(messages.subList(Math.max(0, messages.size() - max), messages.size()));
        java.util.Collections.reverse(newestFirst);
        return newestFirst;
    }

    synchronized SandboxAnswer list(JsonNode request) {
        JsonNode pageNode = request.path("inbox").path("page");
        int page = pageNode.isMissingNode() ? 1 : pageNode.asInt(0);
        if (page < 1) {
            return SandboxJsonApi.status(400);
        }
        ObjectNode answer = SandboxJsonApi.ok();
        ObjectNode inbox = ((ObjectNode) answer.get("response")).putObject("inbox");
        inbox.put("totalRows", String.valueOf(messages.size()));
        ArrayNode rows = inbox.putArray("message");
        int from = (page - 1) * PAGE_SIZE;
        for (int i = from; i < Math.min(from + PAGE_SIZE, messages.size()); i++) {
            Received message = messages.get(i);
            rows.addObject().put("id", String.valueOf(message.id())).put("date", message.date())
                    .put("sender", message.sender()).put("receiver", message.receiver()).put("text", message.text());
        }
        return SandboxJsonApi.answer(200, answer);
    }
}
