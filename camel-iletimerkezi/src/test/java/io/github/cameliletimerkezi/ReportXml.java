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

import java.util.List;

/**
 * Builds {@code get-report} answers in the provider's XML shape for tests: order status, counters and rows.
 */
public final class ReportXml {

    private ReportXml() {
    }

    /** A recipient number for index i: 905300000000 + i. */
    public static String number(int i) {
        return "+90530" + String.format("%07d", i);
    }

    /**
     * @param statuses the delivery status of every recipient of the order, in order; the page shows its slice
     */
    public static String page(String orderId, int orderStatus, List<Integer> statuses, int page, int rowCount) {
        long delivered = statuses.stream().filter(s -> s == 111).count();
        long undelivered = statuses.stream().filter(s -> s == 112).count();
        long waiting = statuses.stream().filter(s -> s == 110).count();
        StringBuilder xml = new StringBuilder(64 + rowCount * 64)
                .append("<?xml version=\"1.0\" encoding=\"UTF-8\"?><response><status><code>200</code>")
                .append("<message>İşlem başarılı</message></status><order><id>").append(orderId).append("</id><status>")
                .append(orderStatus).append("</status><total>").append(statuses.size()).append("</total><delivered>")
                .append(delivered).append("</delivered><undelivered>").append(undelivered).append("</undelivered><waiting>")
                .append(waiting).append("</waiting><submitAt>2026-11-24 10:00:00</submitAt><sendAt>2026-11-24 10:00:00</sendAt>")
                .append("<sender>APITEST</sender><price>").append(delivered).append(",0000</price>");
        int from = (page - 1) * rowCount;
        for (int i = from; i < Math.min(from + rowCount, statuses.size()); i++) {
            xml.append("<message><number>").append(number(i)).append("</number><status>").append(statuses.get(i))
                    .append("</status></message>");
        }
        return xml.append("</order></response>").toString();
    }

    public static String status(int code, String message) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><response><status><code>" + code + "</code><message>" + message
               + "</message></status></response>";
    }
}
