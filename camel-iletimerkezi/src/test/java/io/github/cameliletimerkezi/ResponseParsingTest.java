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

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import io.github.cameliletimerkezi.model.Balance;
import io.github.cameliletimerkezi.model.DeliveryStatus;
import io.github.cameliletimerkezi.model.IletiMerkeziResponse;
import io.github.cameliletimerkezi.model.OrderReport;
import io.github.cameliletimerkezi.model.OrderStatus;
import io.github.cameliletimerkezi.model.RecipientStatus;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every sample answer of the provider's wire format, read into the typed accessors, the headers and {@code toMap()}.
 */
class ResponseParsingTest extends IletiMerkeziTestSupport {

    @Test
    void sendSuccessGivesTheOrderIdWithItsLeadingZeros() {
        wireMock.stubFor(post("/send-sms").willReturn(sampleAnswer(200, "send-success.xml")));

        Exchange exchange = template.request("iletimerkezi:send", e -> {
            e.getMessage().setBody("Test Message");
            e.getMessage().setHeader(IletiMerkeziConstants.RECIPIENTS, PHONE);
        });

        IletiMerkeziResponse response = exchange.getMessage().getBody(IletiMerkeziResponse.class);
        assertThat(response.getCode()).isEqualTo(200);
        assertThat(response.getMessage()).isEqualTo("İşlem başarılı");
        assertThat(response.isError()).isFalse();
        assertThat(response.getOrderId()).isEqualTo("00002");
        assertThat(response.getBody()).isEqualTo(sample("send-success.xml"));
        assertThat(response.toMap()).isEqualTo(Map.of(
                "status", Map.of("code", "200", "message", "İşlem başarılı"),
                "order", Map.of("id", "00002")));
        assertThat(exchange.getMessage().getHeaders()).containsEntry(IletiMerkeziConstants.STATUS_CODE, 200)
                .containsEntry(IletiMerkeziConstants.STATUS_MESSAGE, "İşlem başarılı")
                .containsEntry(IletiMerkeziConstants.ORDER_ID, "00002");
    }

    @Test
    void balanceSamplesGiveAmountAndSmsCredit() {
        wireMock.stubFor(post("/get-balance").willReturn(sampleAnswer(200, "balance.xml")));
        IletiMerkeziResponse gem = template.requestBody("iletimerkezi:balance", null, IletiMerkeziResponse.class);
        wireMock.stubFor(post("/get-balance").willReturn(sampleAnswer(200, "balance-docs.xml")));
        IletiMerkeziResponse docs = template.requestBody("iletimerkezi:balance", null, IletiMerkeziResponse.class);

        assertThat(gem.getBalance()).as("integer amount, as recorded").isEqualTo(new Balance(new BigDecimal("1"), 100L));
        assertThat(docs.getBalance()).as("decimal amount, as documented")
                .isEqualTo(new Balance(new BigDecimal("134.0000"), 7538L));
        assertThat(gem.toMap()).containsEntry("balance", Map.of("amount", "1", "sms", "100"));
    }

    @Test
    void documentedReportGivesOrderStatusAndRows() {
        wireMock.stubFor(post("/get-report").willReturn(sampleAnswer(200, "report-docs.xml")));

        IletiMerkeziResponse response = template.requestBody("iletimerkezi:report", "428", IletiMerkeziResponse.class);

        OrderReport report = response.getReport();
        assertThat(report.orderId()).isEqualTo("428");
        assertThat(report.orderStatus()).isEqualTo(OrderStatus.SENDING);
        assertThat(report.total()).isNull();
        assertThat(report.recipients()).containsExactly(new RecipientStatus("5301234567", 110),
                new RecipientStatus("5301234568", 111));
        assertThat(report.recipients().get(1).deliveryStatus()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(response.getOrderId()).isEqualTo("428");
        @SuppressWarnings("unchecked")
        Map<String, Object> order = (Map<String, Object>) response.toMap().get("order");
        assertThat(order.get("message")).isEqualTo(List.of(
                Map.of("number", "5301234567", "status", "110"),
                Map.of("number", "5301234568", "status", "111")));
    }

    @Test
    void reportWithCountersGivesEveryOrderField() {
        wireMock.stubFor(post("/get-report").willReturn(sampleAnswer(200, "report-counters.xml")));

        OrderReport report = template.requestBody("iletimerkezi:report", "428", IletiMerkeziResponse.class).getReport();

        assertThat(report.orderStatus()).isEqualTo(OrderStatus.COMPLETED);
        assertThat(report.total()).isEqualTo(4);
        assertThat(report.delivered()).isEqualTo(3);
        assertThat(report.undelivered()).isEqualTo(1);
        assertThat(report.waiting()).as("an empty counter is zero").isZero();
        assertThat(report.submitAt()).isEqualTo("2018-01-16 15:08:37");
        assertThat(report.sendAt()).isEqualTo("2018-01-16 15:08:00");
        assertThat(report.sender()).isEqualTo("OMU UZEM");
        assertThat(report.price()).isEqualTo("0,0000");
        assertThat(report.priceAmount()).isEqualByComparingTo("0");
        assertThat(report.recipients()).hasSize(4).extracting(RecipientStatus::status).containsExactly(111, 111, 112, 111);
        assertThat(report.pageCount(1000)).isEqualTo(1);
        assertThat(report.pageCount(3)).isEqualTo(2);
    }

    @Test
    void zeroCountersReadAsZeroWhetherEmptyOrWrittenOut() {
        wireMock.stubFor(post("/get-report").willReturn(sampleAnswer(200, "report-readme.xml")));
        OrderReport empty = template.requestBody("iletimerkezi:report", "428", IletiMerkeziResponse.class).getReport();
        wireMock.stubFor(post("/get-report").willReturn(sampleAnswer(200, "report-zero-counters.xml")));
        OrderReport written = template.requestBody("iletimerkezi:report", "428", IletiMerkeziResponse.class).getReport();

        assertThat(empty.total()).isEqualTo(1);
        assertThat(empty.delivered()).isEqualTo(1);
        assertThat(empty.undelivered()).as("<undelivered/>").isZero();
        assertThat(empty.waiting()).as("<waiting/>").isZero();
        assertThat(written.delivered()).as("<delivered>0</delivered>").isZero();
        assertThat(written.undelivered()).as("<undelivered>0</undelivered>").isZero();
        assertThat(written.waiting()).isEqualTo(4);
        assertThat(report("report-docs.xml").delivered()).as("a counter the answer does not carry").isNull();
    }

    @Test
    void priceReadsAsIntegerDecimalCommaOrEmpty() {
        OrderReport integer = report("report-readme.xml");
        OrderReport decimal = report("report-zero-counters.xml");
        OrderReport empty = report("report-empty-price.xml");

        assertThat(integer.price()).isEqualTo("1");
        assertThat(integer.priceAmount()).isEqualByComparingTo("1");
        assertThat(decimal.price()).isEqualTo("0,0000");
        assertThat(decimal.priceAmount()).isEqualByComparingTo("0");
        assertThat(report("report-counters.xml").priceAmount()).isEqualByComparingTo("0");
        assertThat(empty.price()).isEmpty();
        assertThat(empty.priceAmount()).as("<price/>").isEqualByComparingTo("0");
        assertThat(empty.delivered()).isZero();
        assertThat(report("report-docs.xml").priceAmount()).as("no price element").isNull();
    }

    private OrderReport report(String sample) {
        wireMock.stubFor(post("/get-report").willReturn(sampleAnswer(200, sample)));
        return template.requestBody("iletimerkezi:report", "428", IletiMerkeziResponse.class).getReport();
    }

    @Test
    void senderSamplesGiveTheSenderList() {
        wireMock.stubFor(post("/get-sender").willReturn(sampleAnswer(200, "senders.xml")));
        IletiMerkeziResponse one = template.requestBody("iletimerkezi:senders", null, IletiMerkeziResponse.class);
        wireMock.stubFor(post("/get-sender").willReturn(sampleAnswer(200, "senders-two.xml")));
        IletiMerkeziResponse two = template.requestBody("iletimerkezi:senders", null, IletiMerkeziResponse.class);

        assertThat(one.getSenders()).containsExactly("eMarka");
        assertThat(two.getSenders()).containsExactly("APITEST", "eMarka");
        assertThat(two.toMap()).containsEntry("senders", Map.of("sender", List.of("APITEST", "eMarka")));
    }

    @Test
    void cancelSuccessAndNotFoundReportTheOrderAskedFor() {
        wireMock.stubFor(post("/cancel-order").willReturn(sampleAnswer(200, "cancel-success.xml")));
        IletiMerkeziResponse ok = template.requestBody("iletimerkezi:cancel", "428", IletiMerkeziResponse.class);
        wireMock.stubFor(post("/cancel-order").willReturn(sampleAnswer(455, "cancel-455.xml")));
        IletiMerkeziResponse notFound = template.requestBody("iletimerkezi:cancel?throwExceptionOnFailure=false", "100",
                IletiMerkeziResponse.class);

        assertThat(ok.isError()).isFalse();
        assertThat(ok.getOrderId()).isEqualTo("428");
        assertThat(notFound.isError()).isTrue();
        assertThat(notFound.getCode()).isEqualTo(455);
        assertThat(notFound.getMessage()).isEqualTo("Sipariş bulunamadı");
        assertThat(notFound.getMeaning()).isEqualTo("order not found");
        assertThat(notFound.getOrderId()).isEqualTo("100");
    }

    @Test
    void errorSampleHasOnlyAStatus() {
        wireMock.stubFor(post("/get-balance").willReturn(sampleAnswer(400, "error-400.xml")));

        IletiMerkeziResponse response = template.requestBody("iletimerkezi:balance?throwExceptionOnFailure=false", null,
                IletiMerkeziResponse.class);

        assertThat(response.getCode()).isEqualTo(400);
        assertThat(response.getMessage()).isEqualTo("İstek çözümlenemedi");
        assertThat(response.getBalance()).isNull();
        assertThat(response.toMap()).isEqualTo(Map.of("status", Map.of("code", "400", "message", "İstek çözümlenemedi")));
    }

    @Test
    void accountAnswerLeavesThePasswordOut() {
        wireMock.stubFor(post("/account").willReturn(sampleAnswer(200, "account-info.xml")));

        IletiMerkeziResponse response = template.requestBody(
                "iletimerkezi:account?accountUrl=" + wireMock.baseUrl() + "/account", null, IletiMerkeziResponse.class);

        assertThat(response.getCode()).isEqualTo(200);
        assertThat(response.getAccount()).containsEntry("name_surname", "Ali Veli").containsEntry("city", "İstanbul")
                .containsEntry("gsm", "5551112233").doesNotContainKey("password").hasSize(15);
        assertThat(response.getBody()).contains("<name_surname>Ali Veli</name_surname>").doesNotContain("123456")
                .doesNotContain("<password>");
        @SuppressWarnings("unchecked")
        Map<String, Object> userInfo = (Map<String, Object>) response.toMap().get("userInfo");
        assertThat(userInfo).containsEntry("email", "ali@example.com").doesNotContainKey("password");
    }
}
