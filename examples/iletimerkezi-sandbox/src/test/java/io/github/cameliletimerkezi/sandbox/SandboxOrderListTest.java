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

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The order list ({@code get-reports/json}) over several days: the count of the window, 30 orders a page in id order
 * across day boundaries, days outside the window left out.
 */
class SandboxOrderListTest {

    private static final String USER = "<authentication><username>5551112233</username><password>sandbox-password</password></authentication>";
    private static final String JSON_USER = "{\"username\":\"5551112233\",\"password\":\"sandbox-password\"}";
    private final HttpClient http = HttpClient.newHttpClient();
    private SandboxClock clock;
    private IletiMerkeziSandbox sandbox;

    @BeforeEach
    void start() {
        // 09:00 in Istanbul, so a day's orders stay on that day
        clock = new SandboxClock().freezeAt(Instant.parse("2026-12-01T06:00:00Z"));
        sandbox = IletiMerkeziSandbox.builder().clock(clock).smsCredits(1000).deliveryDelay(Duration.ofSeconds(10))
                .start();
    }

    @AfterEach
    void stop() {
        sandbox.stop();
    }

    @Test
    void pagesRunAcrossTheDaysOfTheWindowInIdOrder() throws Exception {
        send(35, 0);
        clock.advance(Duration.ofDays(1));
        send(5, 100);
        clock.advance(Duration.ofDays(2));
        send(3, 200);
        LocalDate first = LocalDate.of(2026, 12, 1);

        JsonNode page1 = list(first, first.plusDays(1), 1);
        assertThat(page1.path("count").asInt()).isEqualTo(40);
        assertThat(ids(page1)).containsExactlyElementsOf(range(100001, 100030));
        JsonNode page2 = list(first, first.plusDays(1), 2);
        assertThat(page2.path("count").asInt()).isEqualTo(40);
        assertThat(ids(page2)).as("day one's last five, then day two's").containsExactlyElementsOf(range(100031, 100040));
        assertThat(ids(list(first, first.plusDays(1), 3))).isEmpty();

        assertThat(ids(list(first.plusDays(1), first.plusDays(1), 1))).containsExactlyElementsOf(range(100036, 100040));
        JsonNode all = list(first, first.plusDays(9), 2);
        assertThat(all.path("count").asInt()).isEqualTo(43);
        assertThat(ids(all)).containsExactlyElementsOf(range(100031, 100043));
        assertThat(list(first.plusDays(2), first.plusDays(2), 1).path("count").asInt()).isZero();

        // an order sent after the index was read is in the next answer
        send(1, 300);
        assertThat(ids(list(first.plusDays(3), first.plusDays(3), 1))).containsExactlyElementsOf(range(100041, 100044));
    }

    private void send(int orders, int firstNumber) throws Exception {
        for (int i = 0; i < orders; i++) {
            String xml = "<request>" + USER + "<order><sender>APITEST</sender><sendDateTime></sendDateTime><message>"
                         + "<text>Siparis " + i + "</text><receipents><number>" + (5301230000L + firstNumber + i)
                         + "</number></receipents></message></order></request>";
            HttpResponse<String> sent = post("/send-sms", xml, "text/xml");
            assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);
        }
    }

    private JsonNode list(LocalDate start, LocalDate end, int page) throws Exception {
        HttpResponse<String> answer = post("/get-reports/json", "{\"request\":{\"authentication\":" + JSON_USER
                                                                + ",\"filter\":{\"start\":\"" + start + "\",\"end\":\"" + end
                                                                + "\",\"page\":" + page + "}}}", "application/json");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return SandboxJsonApi.MAPPER.readTree(answer.body()).path("response");
    }

    private static List<Long> ids(JsonNode response) {
        List<Long> ids = new ArrayList<>();
        response.path("orders").forEach(order -> ids.add(order.path("id").asLong()));
        return ids;
    }

    private static List<Long> range(long from, long to) {
        return LongStream.rangeClosed(from, to).boxed().toList();
    }

    private HttpResponse<String> post(String path, String body, String type) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + path))
                .header("Content-Type", type + "; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
