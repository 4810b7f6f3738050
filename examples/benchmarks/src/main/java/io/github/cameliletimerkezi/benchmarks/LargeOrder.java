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
package io.github.cameliletimerkezi.benchmarks;

import java.nio.charset.StandardCharsets;

/**
 * A finished order of many recipients as the provider's get-report answers it, one page at a time: the counters of the
 * recorded report sample ({@code report-counters.xml}) and one {@code <message>} row per recipient. Every tenth
 * recipient is undelivered (112), the others delivered (111), so every row is a final status the report consumer emits.
 */
final class LargeOrder {

    static final String ID = "500001";
    static final int RECIPIENTS = 50_000;
    static final int PAGE_SIZE = 1_000;

    private LargeOrder() {
    }

    static boolean delivered(int row) {
        return row % 10 != 9;
    }

    static int undeliveredCount(int recipients) {
        return recipients / 10;
    }

    /** Page {@code page} (from 1) of {@code rowCount} rows; a page past the end holds the counters and no row. */
    static byte[] page(int page, int rowCount) {
        int first = Math.min((page - 1) * rowCount, RECIPIENTS);
        int end = Math.min(first + rowCount, RECIPIENTS);
        int undelivered = undeliveredCount(RECIPIENTS);
        StringBuilder xml = new StringBuilder(512 + (end - first) * 72);
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<response>\n")
                .append("  <status><code>200</code><message>İşlem başarılı</message></status>\n")
                .append("  <order>\n")
                .append("    <id>").append(ID).append("</id>\n")
                .append("    <status>114</status>\n")
                .append("    <total>").append(RECIPIENTS).append("</total>\n")
                .append("    <delivered>").append(RECIPIENTS - undelivered).append("</delivered>\n")
                .append("    <undelivered>").append(undelivered).append("</undelivered>\n")
                .append("    <waiting></waiting>\n")
                .append("    <submitAt>2026-11-30 09:00:00</submitAt>\n")
                .append("    <sendAt>2026-11-30 09:00:00</sendAt>\n")
                .append("    <sender>ACME</sender>\n")
                .append("    <price>").append(RECIPIENTS - undelivered).append(",0000</price>\n");
        for (int row = first; row < end; row++) {
            xml.append("    <message><number>+90530").append(String.format("%07d", row)).append("</number><status>")
                    .append(delivered(row) ? "111" : "112").append("</status></message>\n");
        }
        xml.append("  </order>\n</response>\n");
        return xml.toString().getBytes(StandardCharsets.UTF_8);
    }
}
