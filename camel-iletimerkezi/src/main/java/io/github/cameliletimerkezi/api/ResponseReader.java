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
package io.github.cameliletimerkezi.api;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import io.github.cameliletimerkezi.client.ApiTransport;
import io.github.cameliletimerkezi.client.HttpAnswer;
import io.github.cameliletimerkezi.client.IletiMerkeziException;
import io.github.cameliletimerkezi.client.xml.ResponseEnvelope;
import io.github.cameliletimerkezi.client.xml.XmlCodec;
import io.github.cameliletimerkezi.model.Balance;
import io.github.cameliletimerkezi.model.IletiMerkeziResponse;
import io.github.cameliletimerkezi.model.OrderReport;
import io.github.cameliletimerkezi.model.RecipientStatus;
import org.xml.sax.SAXException;

/**
 * Reads a {@code <response>} answer into an {@link IletiMerkeziResponse}. The status comes from the body's
 * {@code <status><code>}, else from the HTTP status; anything that is not the provider's XML is an
 * {@link IletiMerkeziException}.
 */
final class ResponseReader {

    private ResponseReader() {
    }

    /**
     * @param requestedOrderId the order id the request named (cancel, report), reported back when the answer has none
     */
    static IletiMerkeziResponse read(String operation, HttpAnswer answer, String requestedOrderId) {
        ResponseEnvelope envelope = parse(operation, answer);
        int code = answer.status();
        String message = null;
        if (envelope.status != null && envelope.status.code != null && !envelope.status.code.isBlank()) {
            code = parseCode(operation, answer, envelope.status.code);
            message = envelope.status.message;
        }
        IletiMerkeziResponse.Builder response = IletiMerkeziResponse.builder(operation, code)
                .message(message)
                .body(answer.body())
                .orderId(envelope.order != null && envelope.order.id != null ? envelope.order.id.trim() : requestedOrderId);
        if (envelope.balance != null) {
            response.balance(new Balance(decimal(envelope.balance.amount), longValue(envelope.balance.sms)));
        }
        if (envelope.senders != null) {
            response.senders(envelope.senders.stream().map(String::trim).toList());
        }
        if ("report".equals(operation) && envelope.order != null) {
            response.report(report(operation, answer, envelope.order));
        }
        return response.build();
    }

    static IletiMerkeziException unreadable(String operation, HttpAnswer answer, String problem, Throwable cause) {
        return new IletiMerkeziException(operation, answer.status(), problem, cause);
    }

    private static ResponseEnvelope parse(String operation, HttpAnswer answer) {
        if (answer.body().isBlank()) {
            throw unreadable(operation, answer, "the body is empty", null);
        }
        try {
            // a byte-order mark names the encoding itself, whatever the header says
            Charset declared = answer.bomCharset() != null ? null : answer.declaredCharset();
            // without a mark the body was decoded in the declared charset, else as UTF-8: as the codec would
            boolean utf8 = answer.bomCharset() == null && (declared == null || StandardCharsets.UTF_8.equals(declared));
            return XmlCodec.readResponse(answer.bytes(), declared, utf8 ? answer.body() : null);
        } catch (SAXException | IOException | RuntimeException e) {
            throw unreadable(operation, answer, "the body is not İleti Merkezi XML: " + ApiTransport.snippet(answer.body()), e);
        }
    }

    private static int parseCode(String operation, HttpAnswer answer, String code) {
        try {
            return Integer.parseInt(code.trim());
        } catch (NumberFormatException e) {
            throw unreadable(operation, answer, "the status code '" + code + "' is not a number", e);
        }
    }

    private static OrderReport report(String operation, HttpAnswer answer, ResponseEnvelope.Order order) {
        List<RecipientStatus> rows = new ArrayList<>(order.message == null ? 0 : order.message.size());
        if (order.message != null) {
            for (ResponseEnvelope.Row row : order.message) {
                Integer status = integer(row.status);
                if (row.number == null || status == null) {
                    throw unreadable(operation, answer,
                            "a report row has no number or no numeric status: " + row.number + " / " + row.status, null);
                }
                rows.add(new RecipientStatus(row.number.trim(), status));
            }
        }
        return new OrderReport(trimmed(order.id), integer(order.status), counter(order.total), counter(order.delivered),
                counter(order.undelivered), counter(order.waiting), trimmed(order.submitAt), trimmed(order.sendAt),
                trimmed(order.sender), order.price == null ? null : order.price.trim(), rows);
    }

    private static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static Integer integer(String value) {
        String text = trimmed(value);
        if (text == null) {
            return null;
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * A report counter: the provider leaves a zero counter empty ({@code <waiting/>}) in some answers and writes
     * {@code 0} in others, so both read as zero; an absent counter stays null.
     */
    private static Integer counter(String value) {
        if (value == null) {
            return null;
        }
        return value.isBlank() ? Integer.valueOf(0) : integer(value);
    }

    private static Long longValue(String value) {
        BigDecimal decimal = decimal(value);
        return decimal == null ? null : decimal.longValue();
    }

    private static BigDecimal decimal(String value) {
        String text = trimmed(value);
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(text.replace(',', '.'));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
