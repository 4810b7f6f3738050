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

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import io.github.cameliletimerkezi.model.ApiTime;

/**
 * Which page of the inbox to read, optionally only the messages received between two times. The provider documents
 * no filter for {@code get-inbox}: the time range is applied here, to what the provider lists, and a message whose
 * time cannot be read is kept. Times are {@code yyyy-MM-dd HH:mm:ss} (Turkish time) or {@code java.time} values,
 * checked when set.
 */
public final class InboxQuery {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

    private int page = 1;
    private String start;
    private String end;

    public static InboxQuery firstPage() {
        return new InboxQuery();
    }

    /** The page, from 1. Page 1 sends the documented request (authentication only). */
    public InboxQuery page(int page) {
        if (page < 1) {
            throw new IllegalArgumentException("page must be 1 or more, was " + page);
        }
        this.page = page;
        return this;
    }

    /** Only messages received at or after this time; a {@code LocalDate} means the start of the day. */
    public InboxQuery start(Object start) {
        this.start = start == null ? null : ApiTime.dateTime(start, "start", false);
        checkOrder();
        return this;
    }

    /** Only messages received at or before this time; a {@code LocalDate} means the end of the day. */
    public InboxQuery end(Object end) {
        this.end = end == null ? null : ApiTime.dateTime(end, "end", true);
        checkOrder();
        return this;
    }

    private void checkOrder() {
        if (start != null && end != null && end.compareTo(start) < 0) {
            throw new IllegalArgumentException("end " + end + " is before start " + start);
        }
    }

    public int getPage() {
        return page;
    }

    /** The start in {@code yyyy-MM-dd HH:mm:ss}, or null. */
    public String getStart() {
        return start;
    }

    /** The end in {@code yyyy-MM-dd HH:mm:ss}, or null. */
    public String getEnd() {
        return end;
    }

    /** Whether a message falls in the time range; one without a readable time always does. */
    public boolean includes(InboxMessage message) {
        LocalDateTime at = message.receivedAt();
        if (at == null) {
            return true;
        }
        String time = DATE_TIME.format(at);
        return (start == null || time.compareTo(start) >= 0) && (end == null || time.compareTo(end) <= 0);
    }

    @Override
    public String toString() {
        return "InboxQuery[page=" + page + ", start=" + start + ", end=" + end + "]";
    }
}
