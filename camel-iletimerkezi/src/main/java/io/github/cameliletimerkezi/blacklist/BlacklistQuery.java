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

import io.github.cameliletimerkezi.model.ApiTime;

/**
 * Which page of the blacklist to read, optionally only the numbers added between two times. Times are the provider's
 * {@code yyyy-MM-dd HH:mm:ss} (Turkish time) or {@code java.time} values; they are checked when set.
 */
public final class BlacklistQuery {

    /** The provider's largest blacklist page. */
    public static final int MAX_ROW_COUNT = 1000;

    private int page = 1;
    private int rowCount = MAX_ROW_COUNT;
    private String start;
    private String end;

    public static BlacklistQuery firstPage() {
        return new BlacklistQuery();
    }

    /** The page, from 1. */
    public BlacklistQuery page(int page) {
        if (page < 1) {
            throw new IllegalArgumentException("page must be 1 or more, was " + page);
        }
        this.page = page;
        return this;
    }

    /** Numbers per page, 1 to 1000. */
    public BlacklistQuery rowCount(int rowCount) {
        if (rowCount < 1 || rowCount > MAX_ROW_COUNT) {
            throw new IllegalArgumentException("rowCount must be between 1 and " + MAX_ROW_COUNT
                                               + ", was " + rowCount);
        }
        this.rowCount = rowCount;
        return this;
    }

    /** Only numbers added at or after this time; a {@code LocalDate} means the start of the day. */
    public BlacklistQuery start(Object start) {
        this.start = start == null ? null : ApiTime.dateTime(start, "start", false);
        return this;
    }

    /** Only numbers added at or before this time; a {@code LocalDate} means the end of the day. */
    public BlacklistQuery end(Object end) {
        this.end = end == null ? null : ApiTime.dateTime(end, "end", true);
        return this;
    }

    public int getPage() {
        return page;
    }

    public int getRowCount() {
        return rowCount;
    }

    /** The start in the provider's form, or null. */
    public String getStart() {
        return start;
    }

    /** The end in the provider's form, or null. */
    public String getEnd() {
        return end;
    }

    @Override
    public String toString() {
        return "BlacklistQuery[page=" + page + ", rowCount=" + rowCount + ", start=" + start + ", end=" + end + "]";
    }
}
