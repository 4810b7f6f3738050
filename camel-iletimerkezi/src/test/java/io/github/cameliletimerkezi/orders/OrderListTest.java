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
package io.github.cameliletimerkezi.orders;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.cameliletimerkezi.IletiMerkeziConstants;
import io.github.cameliletimerkezi.IletiMerkeziTestSupport;
import io.github.cameliletimerkezi.client.IletiMerkeziException;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The order list over {@code get-reports/json} (reference §3.5): the exact JSON request, the documented answer with
 * numbers and strings alike, 10-day windows and pages walked in order, and the errors.
 */
class OrderListTest extends IletiMerkeziTestSupport {

    private static final String PATH = "/get-reports/json";

    @Test
    void oneWindowMatchesTheDocumentedRequestAndAnswer() {
        wireMock.stubFor(post(PATH).willReturn(json(200, sample("orders-docs.json"))));

        Exchange exchange = template.request("iletimerkezi:orders", e -> {
            e.getMessage().setHeader(IletiMerkeziConstants.START, "2024-11-11");
            e.getMessage().setHeader(IletiMerkeziConstants.END, LocalDate.of(2024, 11, 20));
        });

        List<LoggedRequest> requests = wireMock.findAll(postRequestedFor(urlEqualTo(PATH)));
        assertThat(requests).hasSize(1);
        assertThat(requests.get(0).getHeader("Content-Type")).isEqualToIgnoringCase("application/json; charset=utf-8");
        assertThat(new String(requests.get(0).getBody(), StandardCharsets.UTF_8)).isEqualTo(
                "{\"request\":{\"authentication\":{\"username\":\"USERNAME\",\"password\":\"PASSWORD\"},"
                + "\"filter\":{\"start\":\"2024-11-11\",\"end\":\"2024-11-20\",\"page\":1}}}");
        assertThat(exchange.getMessage().getHeader(IletiMerkeziConstants.STATUS_CODE)).isEqualTo(200);
        List<OrderSummary> orders = drain(exchange.getMessage().getBody(OrderList.class));
        assertThat(orders).containsExactly(
                new OrderSummary("89", 113, 1, 0, 0, 1, "2024-11-12 02:04:08", "2024-11-12 02:04:08", "eMarka"),
                new OrderSummary("90", 114, 2, 2, 0, 0, "2024-11-13 10:00:00", "2024-11-13 10:00:00", "eMarka"));
        wireMock.verify(1, postRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void aLongRangeIsWalkedInTenDayWindowsAndEveryPage() {
        stubPage("2024-11-01", "2024-11-10", 1, "{\"response\":{\"status\":{\"code\":\"200\",\"message\":\"İşlem başarılı\"},"
                                                 + "\"count\":3,\"orders\":[" + order(1) + "," + order(2) + "]}}");
        stubPage("2024-11-01", "2024-11-10", 2, "{\"response\":{\"status\":{\"code\":200,\"message\":\"İşlem başarılı\"},"
                                                 + "\"count\":3,\"orders\":[" + order(3) + "]}}");
        stubPage("2024-11-11", "2024-11-20", 1, "{\"response\":{\"status\":{\"code\":200,\"message\":\"İşlem başarılı\"},"
                                                 + "\"count\":0,\"orders\":[]}}");
        stubPage("2024-11-21", "2024-11-25", 1, "{\"response\":{\"status\":{\"code\":200,\"message\":\"İşlem başarılı\"},"
                                                 + "\"count\":1,\"orders\":[" + order(4) + "]}}");

        OrderList list = template.requestBodyAndHeaders("iletimerkezi:orders", null, Map.of(
                IletiMerkeziConstants.START, LocalDate.of(2024, 11, 1), IletiMerkeziConstants.END, "2024-11-25"),
                OrderList.class);
        wireMock.verify(1, anyRequestedFor(anyUrl()));

        assertThat(drain(list)).extracting(OrderSummary::id).containsExactly("1", "2", "3", "4");
        assertThat(wireMock.findAll(postRequestedFor(urlEqualTo(PATH)))).extracting(r -> filter(r))
                .containsExactly("2024-11-01/2024-11-10/1", "2024-11-01/2024-11-10/2", "2024-11-11/2024-11-20/1",
                        "2024-11-21/2024-11-25/1");
    }

    @Test
    void anErrorOnTheFirstPageFailsTheExchangeWithItsCode() {
        wireMock.stubFor(post(PATH).willReturn(json(458,
                "{\"response\":{\"status\":{\"code\":458,\"message\":\"Tarih aralığı hatalı\"}}}")));

        Exchange exchange = template.send("iletimerkezi:orders", e -> e.getMessage().setHeader(IletiMerkeziConstants.START, "2024-11-01"));

        assertThat(exchange.getException()).isInstanceOf(IletiMerkeziException.class);
        assertThat(((IletiMerkeziException) exchange.getException()).getStatusCode()).isEqualTo(458);
        assertThat(((IletiMerkeziException) exchange.getException()).getStatusMessage()).isEqualTo("Tarih aralığı hatalı");
    }

    @Test
    void anErrorOnALaterPageIsThrownWhileReading() {
        stubPage("2024-11-01", "2024-11-10", 1, "{\"response\":{\"status\":{\"code\":200,\"message\":\"İşlem başarılı\"},"
                                                 + "\"count\":1,\"orders\":[" + order(1) + "]}}");
        wireMock.stubFor(post(PATH).withRequestBody(matchingJsonPath("$.request.filter.start", equalTo("2024-11-11")))
                .willReturn(json(401, "{\"response\":{\"status\":{\"code\":401,\"message\":\"Üyelik bilgileri hatalı\"}}}")));

        OrderList list = template.requestBodyAndHeaders("iletimerkezi:orders", null, Map.of(
                IletiMerkeziConstants.START, "2024-11-01", IletiMerkeziConstants.END, "2024-11-12"), OrderList.class);

        assertThat(list.next().id()).isEqualTo("1");
        assertThatThrownBy(list::hasNext).isInstanceOf(IletiMerkeziException.class)
                .satisfies(e -> assertThat(((IletiMerkeziException) e).getStatusCode()).isEqualTo(401));
    }

    @Test
    void badRangesAreRefusedBeforeSending() {
        assertThatThrownBy(() -> template.sendBody("iletimerkezi:orders", null)).cause()
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("start is missing");
        assertThatThrownBy(() -> template.sendBodyAndHeaders("iletimerkezi:orders", null, Map.of(
                IletiMerkeziConstants.START, "2024-11-10", IletiMerkeziConstants.END, "2024-11-01"))).cause()
                .hasMessage("end 2024-11-01 is before start 2024-11-10");
        assertThatThrownBy(() -> template.sendBodyAndHeader("iletimerkezi:orders", null, IletiMerkeziConstants.START, "11/10/2024"))
                .cause().hasMessageContaining("start '11/10/2024' is not a date");
        wireMock.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void thePlainClientRefusesAWindowWiderThanTenDays() {
        OrderListCalls calls = new OrderListCalls(null);
        assertThatThrownBy(() -> calls.page(LocalDate.of(2024, 11, 1), LocalDate.of(2024, 11, 11), 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("spans 11 days; the provider takes at most 10");
    }

    private static String order(int id) {
        return "{\"id\":" + id + ",\"status\":114,\"total\":1,\"delivered\":1,\"undelivered\":0,\"waiting\":0,"
               + "\"submitAt\":\"2024-11-02 10:00:00\",\"sendAt\":\"2024-11-02 10:00:00\",\"sender\":\"APITEST\"}";
    }

    private static void stubPage(String start, String end, int page, String body) {
        wireMock.stubFor(post(PATH)
                .withRequestBody(matchingJsonPath("$.request.filter.start", equalTo(start)))
                .withRequestBody(matchingJsonPath("$.request.filter.end", equalTo(end)))
                .withRequestBody(matchingJsonPath("$.request.filter.page", equalTo(String.valueOf(page))))
                .willReturn(json(200, body)));
    }

    private static String filter(LoggedRequest request) {
        String body = new String(request.getBody(), StandardCharsets.UTF_8);
        return body.replaceAll(".*\"start\":\"([^\"]+)\",\"end\":\"([^\"]+)\",\"page\":(\\d+).*", "$1/$2/$3");
    }

    private static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json; charset=utf-8").withBody(body);
    }

    private static List<OrderSummary> drain(Iterator<OrderSummary> list) {
        List<OrderSummary> all = new ArrayList<>();
        list.forEachRemaining(all::add);
        return all;
    }
}
