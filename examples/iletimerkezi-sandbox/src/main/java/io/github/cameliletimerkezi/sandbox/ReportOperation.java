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

import java.time.Instant;
import java.time.format.DateTimeFormatter;

/**
 * {@code get-report}: the order's status, counters, times, sender and price, then one page of recipients. Written as
 * the recorded answers are: a zero counter or price is an empty element, the price is an integer (the sandbox puts
 * the SMS credits the order took there), and {@code sendAt} is the requested minute when the order named one.
 */
final class ReportOperation implements SandboxOperation {

    private static final DateTimeFormatter REPORT_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final int MAX_ROW_COUNT = 1000;

    private final SandboxAccount account;

    ReportOperation(SandboxAccount account) {
        this.account = account;
    }

    @Override
    public SandboxAnswer answer(XmlNode request) {
        XmlNode order = request.child("order");
        synchronized (account) {
            SandboxOrder found = account.find(order);
            if (found == null) {
                return SandboxAnswer.of(455);
            }
            Instant now = account.now();
            if (!found.cancelled && !found.hasStarted(now)) {
                return SandboxAnswer.of(456);
            }
            int page = intValue(order.value("page"), 1);
            int rowCount = Math.min(intValue(order.value("rowCount"), MAX_ROW_COUNT), MAX_ROW_COUNT);
            if (page < 1) {
                return SandboxAnswer.of(464);
            }
            if (rowCount < 1) {
                return SandboxAnswer.of(400);
            }
            return new SandboxAnswer(200, report(found, now, page, rowCount));
        }
    }

    private static String report(SandboxOrder order, Instant now, int page, int rowCount) {
        int delivered = 0;
        int undelivered = 0;
        for (SandboxOrder.Recipient recipient : order.recipients) {
            int status = order.cancelled ? 110 : recipient.statusAt(now);
            if (status == 111) {
                delivered++;
            } else if (status == 112) {
                undelivered++;
            }
        }
        int total = order.recipients.size();
        int waiting = total - delivered - undelivered;
        int orderStatus = order.cancelled ? 115 : waiting == 0 ? 114 : 113;
        String sendAt = order.requestedSendAt != null
                ? REPORT_TIME.format(order.requestedSendAt) : REPORT_TIME.format(order.submitAt.atZone(SandboxAccount.ISTANBUL));
        XmlAnswer answer = XmlAnswer.status(200).open("order").element("id", order.id).element("status", orderStatus)
                .counter("total", total).counter("delivered", delivered).counter("undelivered", undelivered)
                .counter("waiting", waiting)
                .element("submitAt", REPORT_TIME.format(order.submitAt.atZone(SandboxAccount.ISTANBUL)))
                .element("sendAt", sendAt).element("sender", order.sender)
                .counter("price", order.cancelled ? 0 : order.totalParts());
        int from = (page - 1) * rowCount;
        for (int i = from; i < Math.min(from + rowCount, total); i++) {
            SandboxOrder.Recipient recipient = order.recipients.get(i);
            answer.open("message").element("number", recipient.number())
                    .element("status", order.cancelled ? 110 : recipient.statusAt(now)).close("message");
        }
        return answer.close("order").end();
    }

    private static int intValue(String text, int fallback) {
        if (text == null || text.isEmpty()) {
            return fallback;
        }
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
