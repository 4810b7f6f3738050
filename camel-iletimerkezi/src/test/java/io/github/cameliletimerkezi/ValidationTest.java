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
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import io.github.cameliletimerkezi.model.SendRequest;
import org.apache.camel.Exchange;
import org.apache.camel.ResolveEndpointFailedException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Bad input fails before any request, with a message that names the field. After every test the server must have
 * seen nothing.
 */
class ValidationTest extends IletiMerkeziTestSupport {

    @AfterEach
    void nothingWasSent() {
        wireMock.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void textBodyWithoutRecipientsHeader() {
        assertFailure("iletimerkezi:send", m -> m.getMessage().setBody("Merhaba"),
                "recipients", "CamelIletiMerkeziRecipients header is missing");
    }

    @Test
    void emptyRecipientList() {
        assertFailure("iletimerkezi:send", text("Merhaba", List.of()), "recipients", "has no recipients");
        assertFailure("iletimerkezi:send", text("Merhaba", " , "), "recipients", "has no recipients");
    }

    @Test
    void emptyText() {
        assertFailure("iletimerkezi:send", text("", PHONE), "text", "empty text");
        assertFailure("iletimerkezi:send", text("   ", PHONE), "text", "empty text");
        assertFailure("iletimerkezi:send", m -> m.getMessage().setBody(Map.of("phones", List.of(PHONE))), "text",
                "empty text");
    }

    @Test
    void numberThatIsNotAMobileNumber() {
        assertFailure("iletimerkezi:send", text("Merhaba", List.of(PHONE, "12345")), "recipients",
                "recipient 2 '12345' is not a mobile number");
        assertFailure("iletimerkezi:send", text("Merhaba", "0212 123 45 67"), "recipients", "'0212 123 45 67'");
        assertFailure("iletimerkezi:send", text("Merhaba", "53O1234567"), "recipients", "'53O1234567'");
        assertFailure("iletimerkezi:send", m -> m.getMessage().setBody(Map.of("messages", List.of(
                Map.of("text", "A", "phones", List.of(PHONE)),
                Map.of("text", "B", "phones", List.of("abc"))))), "recipients", "message 2, recipient 1 'abc'");
    }

    @Test
    void senderEmptyTooLongOrWithTurkishLetters() {
        assertFailure("iletimerkezi:send?sender=", text("Merhaba", PHONE), "sender", "empty");
        assertFailure("iletimerkezi:send?sender=ABCDEFGHIJKL", text("Merhaba", PHONE), "sender 'ABCDEFGHIJKL'",
                "12 characters; at most 11");
        assertFailure("iletimerkezi:send", m -> {
            text("Merhaba", PHONE).accept(m);
            m.getMessage().setHeader(IletiMerkeziConstants.SENDER, "ŞİRKET");
        }, "sender 'ŞİRKET'", "Turkish letters");
    }

    @Test
    void unparseableSendTime() {
        assertFailure("iletimerkezi:send", m -> {
            text("Merhaba", PHONE).accept(m);
            m.getMessage().setHeader(IletiMerkeziConstants.SEND_DATE_TIME, "2027-01-20 13:45");
        }, "sendDateTime '2027-01-20 13:45'", "dd/MM/yyyy HH:mm");
        assertFailure("iletimerkezi:send", m -> {
            text("Merhaba", PHONE).accept(m);
            m.getMessage().setHeader(IletiMerkeziConstants.SEND_DATE_TIME, "31/02/2027 13:45");
        }, "sendDateTime '31/02/2027 13:45'", "not a valid send time");
        assertFailure("iletimerkezi:send", m -> m.getMessage().setBody(Map.of("text", "A", "phones", PHONE,
                "send_datetime", "20/01/2027 13:45:10")), "sendDateTime", "20/01/2027 13:45:10");
    }

    @Test
    void iysWithoutIysList() {
        assertFailure("iletimerkezi:send", m -> {
            text("Merhaba", PHONE).accept(m);
            m.getMessage().setHeader(IletiMerkeziConstants.IYS, true);
        }, "iysList", "required when iys is true");
        assertFailure("iletimerkezi:send", m -> {
            text("Merhaba", PHONE).accept(m);
            m.getMessage().setHeader(IletiMerkeziConstants.IYS_LIST, "ESNAF");
        }, "CamelIletiMerkeziIysList 'ESNAF'", "BIREYSEL or TACIR");
    }

    @Test
    void pageBelowOne() {
        assertFailure("iletimerkezi:report", m -> {
            m.getMessage().setBody("428");
            m.getMessage().setHeader(IletiMerkeziConstants.PAGE, 0);
        }, "page", "1 or more, was 0");
        assertEndpointFailure("iletimerkezi:report?page=0", "page must be 1 or more");
    }

    @Test
    void rowCountOutsideOneToThousand() {
        assertFailure("iletimerkezi:report", m -> {
            m.getMessage().setBody("428");
            m.getMessage().setHeader(IletiMerkeziConstants.ROW_COUNT, 1001);
        }, "rowCount", "between 1 and 1000, was 1001");
        assertFailure("iletimerkezi:report", m -> {
            m.getMessage().setBody("428");
            m.getMessage().setHeader(IletiMerkeziConstants.ROW_COUNT, "0");
        }, "rowCount", "was 0");
        assertEndpointFailure("iletimerkezi:report?rowCount=5000", "rowCount must be between 1 and 1000");
    }

    @Test
    void missingOrderId() {
        assertFailure("iletimerkezi:cancel", m -> m.getMessage().setBody(null), "orderId is missing",
                "CamelIletiMerkeziOrderId");
        assertFailure("iletimerkezi:report", m -> m.getMessage().setBody("  "), "orderId is missing", "orderId option");
    }

    @Test
    void moreThanFiftyThousandRecipients() {
        List<String> first = Collections.nCopies(30_000, PHONE);
        List<String> second = Collections.nCopies(20_001, "905301234568");
        assertFailure("iletimerkezi:send", m -> m.getMessage().setBody(new SendRequest()
                .addMessage("A", first).addMessage("B", second)), "recipients", "more than 50000 recipients");
    }

    @Test
    void unknownOperationHeaderIsAnErrorNotASend() {
        assertFailure("iletimerkezi:send", m -> {
            text("Merhaba", PHONE).accept(m);
            m.getMessage().setHeader(IletiMerkeziConstants.OPERATION, "sned");
        }, "CamelIletiMerkeziOperation header 'sned'", "send, cancel, balance, report, status, account, senders");
    }

    @Test
    void unknownOperationPath() {
        assertEndpointFailure("iletimerkezi:sendsms", "The endpoint path 'sendsms' is not an İleti Merkezi operation");
    }

    @Test
    void accountWithoutAccountUrlOrWithApiKeysOnly() {
        assertEndpointFailure("iletimerkezi:account", "accountUrl is not set");
    }

    private void assertFailure(String uri, Consumer<Exchange> setup, String... messageParts) {
        Exchange exchange = template.request(uri, setup::accept);
        assertThat(exchange.getException()).as("failure of " + uri).isInstanceOf(IllegalArgumentException.class);
        assertThat(exchange.getException().getMessage()).contains(messageParts);
    }

    private void assertEndpointFailure(String uri, String message) {
        assertThatThrownBy(() -> context.getEndpoint(uri)).isInstanceOf(ResolveEndpointFailedException.class)
                .rootCause().isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message);
    }

    private static Consumer<Exchange> text(String text, Object recipients) {
        return exchange -> {
            exchange.getMessage().setBody(text);
            exchange.getMessage().setHeader(IletiMerkeziConstants.RECIPIENTS,
                    recipients instanceof List<?> list ? new ArrayList<>(list) : recipients);
        };
    }
}
