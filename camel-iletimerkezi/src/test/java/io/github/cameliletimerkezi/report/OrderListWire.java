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
package io.github.cameliletimerkezi.report;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.cameliletimerkezi.client.ClientSettings;
import io.github.cameliletimerkezi.client.Credentials;
import io.github.cameliletimerkezi.api.HttpIletiMerkeziClient;
import io.github.cameliletimerkezi.client.TransportSettings;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

/**
 * The order list ({@code get-reports/json}, reference §3.5) on the test's WireMock server, in the provider's wire
 * format: pages by window and page number, and the filters the client asked for.
 */
final class OrderListWire {

    static final String PATH = "/get-reports/json";

    private final WireMockServer wireMock;

    OrderListWire(WireMockServer wireMock) {
        this.wireMock = wireMock;
    }

    /** A plain client of the provider at the WireMock address. */
    HttpIletiMerkeziClient client() {
        return HttpIletiMerkeziClient.create(new ClientSettings(wireMock.baseUrl(), null,
                Credentials.usernamePassword("USERNAME", "PASSWORD")), TransportSettings.defaults());
    }

    /** One line of the list, numbers written as numbers. */
    static String order(String id, int status, int total, int delivered, int undelivered, int waiting, String day) {
        return "{\"id\":" + id + ",\"status\":" + status + ",\"total\":" + total + ",\"delivered\":" + delivered
               + ",\"undelivered\":" + undelivered + ",\"waiting\":" + waiting + ",\"submitAt\":\"" + day
               + " 10:00:00\",\"sendAt\":\"" + day + " 10:00:00\",\"sender\":\"APITEST\"}";
    }

    /** A page of the list; {@code count} null leaves the count out. */
    static String page(Integer count, String... orders) {
        return "{\"response\":{\"status\":{\"code\":200,\"message\":\"İşlem başarılı\"},"
               + (count == null ? "" : "\"count\":" + count + ",") + "\"orders\":[" + String.join(",", orders) + "]}}";
    }

    /** A refusal as the provider writes it. */
    static String error(int code, String message) {
        return "{\"response\":{\"status\":{\"code\":" + code + ",\"message\":\"" + message + "\"}}}";
    }

    static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json; charset=utf-8").withBody(body);
    }

    /** Answers every list request alike. */
    void answerAll(int status, String body) {
        wireMock.stubFor(post(PATH).willReturn(json(status, body)));
    }

    /** Answers one page of one window. */
    void answer(String start, String end, int page, int status, String body) {
        wireMock.stubFor(post(PATH)
                .withRequestBody(matchingJsonPath("$.request.filter.start", equalTo(start)))
                .withRequestBody(matchingJsonPath("$.request.filter.end", equalTo(end)))
                .withRequestBody(matchingJsonPath("$.request.filter.page", equalTo(String.valueOf(page))))
                .willReturn(json(status, body)));
    }

    /** The pages asked, as {@code start/end/page}, in the order they came. */
    List<String> asked() {
        return wireMock.findAll(postRequestedFor(urlEqualTo(PATH))).stream().map(OrderListWire::filter).toList();
    }

    private static String filter(LoggedRequest request) {
        String body = new String(request.getBody(), StandardCharsets.UTF_8);
        return body.replaceAll(".*\"start\":\"([^\"]+)\",\"end\":\"([^\"]+)\",\"page\":(\\d+).*", "$1/$2/$3");
    }
}
