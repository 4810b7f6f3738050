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
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sandbox keeps the provider's rules, checked with raw XML requests (no component involved).
 */
class SandboxRulesTest {

    private static final String USER = "<authentication><username>5551112233</username><password>sandbox-password</password></authentication>";
    private final HttpClient http = HttpClient.newHttpClient();
    private SandboxClock clock;
    private IletiMerkeziSandbox sandbox;

    @BeforeEach
    void start() {
        clock = new SandboxClock().freeze();
        sandbox = IletiMerkeziSandbox.builder().clock(clock).smsCredits(100).deliveryDelay(Duration.ofSeconds(10))
                .failureRatio(0.5).seed(7).start();
    }

    @AfterEach
    void stop() {
        sandbox.stop();
    }

    @Test
    void credentialsAreChecked() throws Exception {
        String hash = Secrets.hmacSha256Hex("sandbox-secret-key", "sandbox-public-key");
        assertThat(post("get-balance", "<request><authentication><key>sandbox-public-key</key><hash>" + hash
                                       + "</hash></authentication><order/></request>").statusCode()).isEqualTo(200);
        assertThat(post("get-balance", "<request>" + USER + "<order></order></request>").statusCode()).isEqualTo(200);
        assertThat(post("get-balance", "<request><authentication><key>sandbox-public-key</key><hash>wrong</hash>"
                                       + "</authentication></request>").statusCode()).isEqualTo(401);
        HttpResponse<String> wrong = post("get-balance", "<request><authentication><username>5551112233</username>"
                                                         + "<password>x</password></authentication></request>");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.body()).contains("<code>401</code>").contains("<message>Üyelik bilgileri hatalı</message>");
        assertThat(post("get-balance", "not xml").statusCode()).isEqualTo(400);
        assertThat(post("no-such-thing", "<request>" + USER + "</request>").statusCode()).isEqualTo(404);
    }

    @Test
    void sendDebitsPerRecipientAndPart() throws Exception {
        HttpResponse<String> sent = send("APITEST", "", "Merhaba", "5301234567", "+90 530 123 45 68");

        assertThat(sent.statusCode()).isEqualTo(200);
        assertThat(field(sent.body(), "id")).isEqualTo("100001");
        assertThat(sandbox.smsCredits()).isEqualTo(98);
        send("APITEST", "", "x".repeat(200), "5301234569");
        assertThat(sandbox.smsCredits()).as("200 characters take two parts").isEqualTo(96);
        String balance = post("get-balance", "<request>" + USER + "<order/></request>").body();
        assertThat(field(balance, "amount")).as("the account runs on SMS credits: lira unchanged").isEqualTo("500");
        assertThat(field(balance, "sms")).isEqualTo("96");
    }

    @Test
    void sendRulesAnswerTheProvidersCodes() throws Exception {
        assertThat(send("UNKNOWN", "", "Merhaba", "5301234567").statusCode()).isEqualTo(450);
        assertThat(send("", "", "Merhaba", "5301234567").statusCode()).isEqualTo(459);
        assertThat(send("ŞİRKET", "", "Merhaba", "5301234567").statusCode()).isEqualTo(460);
        assertThat(send("APITEST", "", "Merhaba", "12345").statusCode()).isEqualTo(452);
        assertThat(send("APITEST", "", "   ", "5301234567").statusCode()).isEqualTo(454);
        assertThat(send("APITEST", "", "x".repeat(155 * 8), "5301234567").statusCode()).isEqualTo(453);
        assertThat(send("APITEST", "2027-01-01 10:00", "Merhaba", "5301234567").statusCode()).isEqualTo(457);
        assertThat(send("APITEST", "", "Merhaba", nNumbers(101)).statusCode()).as("101 credits needed").isEqualTo(402);
        assertThat(sandbox.smsCredits()).as("nothing debited by refused orders").isEqualTo(100);
    }

    @Test
    void sameTextToSameRecipientsWithinTenMinutesIsADuplicate() throws Exception {
        assertThat(send("APITEST", "", "Kod 1", "5301234567").statusCode()).isEqualTo(200);
        clock.advance(Duration.ofMinutes(9));
        assertThat(send("APITEST", "", "Kod 1", "05301234567").statusCode()).isEqualTo(451);
        assertThat(send("APITEST", "", "Kod 2", "5301234567").statusCode()).isEqualTo(200);
        clock.advance(Duration.ofMinutes(2));
        assertThat(send("APITEST", "", "Kod 1", "5301234567").statusCode()).isEqualTo(200);
    }

    @Test
    void rulesApplyOneMessageAfterAnother() throws Exception {
        assertThat(send("APITEST", "", "Kod 1", "5301234567").statusCode()).isEqualTo(200);
        String twoMessages = "<request>" + USER + "<order><sender>APITEST</sender><message><text>%s</text><receipents>"
                             + "<number>5301234567</number></receipents></message><message><text>%s</text><receipents>"
                             + "<number>5301234568</number></receipents></message></order></request>";

        assertThat(post("send-sms", twoMessages.formatted("Kod 1", " ")).statusCode())
                .as("the first message is a duplicate before the second one's text is looked at").isEqualTo(451);
        assertThat(post("send-sms", twoMessages.formatted("Kod 2", " ")).statusCode())
                .as("the second message's empty text is found before the second message's duplicate check").isEqualTo(454);
        assertThat(post("send-sms", twoMessages.formatted("Kod 2", "Kod 1")).statusCode()).isEqualTo(200);
        assertThat(post("send-sms", twoMessages.formatted("Kod 3", "Kod 1")).statusCode())
                .as("a duplicate second message").isEqualTo(451);
        assertThat(sandbox.smsCredits()).as("only the accepted orders are debited").isEqualTo(97);
    }

    @Test
    void deliveryProgressesWithTheClockAndPages() throws Exception {
        send("APITEST", "", "Merhaba", "5301234560", "5301234561", "5301234562", "5301234563");

        String before = report(100001, 1, 1000).body();
        assertThat(field(before, "status")).isEqualTo("113");
        assertThat(field(before, "total")).isEqualTo("4");
        assertThat(before).as("zero counters are empty elements, as the provider writes them")
                .contains("<delivered/>").contains("<undelivered/>");
        assertThat(field(before, "waiting")).isEqualTo("4");
        assertThat(rows(before)).containsEntry("+905301234560", "110").hasSize(4);
        clock.advance(Duration.ofSeconds(5));
        String half = report(100001, 1, 1000).body();
        assertThat(field(half, "status")).isEqualTo("113");
        assertThat(field(half, "waiting")).isEqualTo("2");
        clock.advance(Duration.ofSeconds(5));
        String done = report(100001, 1, 1000).body();
        assertThat(field(done, "status")).isEqualTo("114");
        assertThat(done).contains("<waiting/>");
        assertThat(rows(done).values()).doesNotContain("110");
        assertThat(rows(done).values().stream().filter("112"::equals).count()).as("seeded failures").isBetween(1L, 3L);
        assertThat(field(done, "price")).as("the SMS credits the order took, an integer").isEqualTo("4");

        String page2 = report(100001, 2, 3).body();
        assertThat(rows(page2)).containsOnlyKeys("+905301234563");
        assertThat(report(100001, 0, 3).statusCode()).isEqualTo(464);
        assertThat(report(999, 1, 10).statusCode()).isEqualTo(455);
    }

    @Test
    void reportTimesAreTheSubmitSecondAndTheRequestedMinute() throws Exception {
        ZonedDateTime now = clock.instant().atZone(ZoneId.of("Europe/Istanbul"));
        String thisMinute = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").format(now);
        send("APITEST", thisMinute, "Şimdi", "5301234567");
        send("APITEST", "", "Hemen", "5301234567");

        String named = report(100001, 1, 10).body();
        String unnamed = report(100002, 1, 10).body();
        assertThat(field(named, "submitAt")).isEqualTo(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").format(now));
        assertThat(field(named, "sendAt")).isEqualTo(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:00").format(now));
        assertThat(field(unnamed, "sendAt")).as("no send time named: the submit time").isEqualTo(field(unnamed, "submitAt"));
    }

    @Test
    void scheduledOrdersWaitAndCanBeCancelledUntilTheyStart() throws Exception {
        String inAnHour = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
                .format(clock.instant().plus(Duration.ofHours(1)).atZone(ZoneId.of("Europe/Istanbul")));
        send("APITEST", inAnHour, "Yarın", "5301234567");
        send("APITEST", inAnHour, "Yarın 2", "5301234568");
        assertThat(sandbox.smsCredits()).isEqualTo(98);

        assertThat(report(100001, 1, 10).statusCode()).isEqualTo(456);
        assertThat(cancel(100001).statusCode()).isEqualTo(200);
        assertThat(sandbox.smsCredits()).as("refunded").isEqualTo(99);
        assertThat(cancel(100001).statusCode()).as("cancelled already").isEqualTo(455);
        String cancelled = report(100001, 1, 10).body();
        assertThat(field(cancelled, "status")).isEqualTo("115");
        assertThat(cancelled).as("refunded: nothing charged").contains("<price/>");

        clock.advance(Duration.ofHours(1));
        assertThat(cancel(100002).statusCode()).as("sending has started").isEqualTo(455);
        assertThat(report(100002, 1, 10).statusCode()).isEqualTo(200);
        assertThat(cancel(424242).statusCode()).isEqualTo(455);
    }

    @Test
    void sendersAndTheLegacyPanel() throws Exception {
        assertThat(post("get-sender", "<request>" + USER + "</request>").body())
                .contains("  <senders>\n    <sender>APITEST</sender>\n    <sender>SANDBOX</sender>\n  </senders>\n");
        String credentials = "<userName>5551112233</userName><userPassword>sandbox-password</userPassword>";
        HttpResponse<String> info = postTo(sandbox.accountUrl(), "<userInfo>" + credentials + "</userInfo>");
        assertThat(info.statusCode()).isEqualTo(200);
        assertThat(info.body()).startsWith("\n\t\t\t\t<userInfo>").contains("<gsm>5551112233</gsm>")
                .contains("<tc_number></tc_number>").doesNotContain("<?xml");
        assertThat(info.body().split("</").length - 2).as("sixteen fields").isEqualTo(16);
        HttpResponse<String> senders = postTo(sandbox.legacySenderListUrl(),
                "<smsApi><userInfo>" + credentials + "<smsType>2</smsType></userInfo></smsApi>");
        assertThat(senders.statusCode()).isEqualTo(200);
        assertThat(senders.body())
                .isEqualTo("<smsHeaderInfo><headerInfo>APITEST</headerInfo><headerInfo>SANDBOX</headerInfo></smsHeaderInfo>");
        assertThat(senders.headers().firstValue("Cache-Control")).hasValue("no-cache");
        assertThat(postTo(sandbox.legacySenderListUrl(), "<smsApi><userInfo><userName>5551112233</userName>"
                                                         + "<userPassword>x</userPassword></userInfo></smsApi>").statusCode())
                .isEqualTo(401);
    }

    @Test
    void everyRequestIsLoggedWhenAskedWithoutItsBody() throws Exception {
        List<String> lines = new CopyOnWriteArrayList<>();
        try (IletiMerkeziSandbox logged = IletiMerkeziSandbox.builder().requestLog(lines::add).start()) {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(logged.baseUrl() + "/get-balance"))
                    .POST(HttpRequest.BodyPublishers.ofString("<request>" + USER + "</request>")).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(answer.statusCode()).isEqualTo(200);
        }
        assertThat(lines).containsExactly("POST /v1/get-balance -> 200 İşlem başarılı");
    }

    private static String field(String xml, String name) {
        Matcher matcher = Pattern.compile("<" + name + ">([^<]*)</" + name + ">|<" + name + "/>").matcher(xml);
        return matcher.find() ? (matcher.group(1) == null ? "" : matcher.group(1)) : null;
    }

    @Test
    void theOrderListsCountersFollowTheReport() throws Exception {
        long id = Long.parseLong(field(send("APITEST", "", "Sayaç", nNumbers(3)).body(), "id"));
        String day = DateTimeFormatter.ofPattern("yyyy-MM-dd").format(clock.instant().atZone(ZoneId.of("Europe/Istanbul")));
        List<String> seen = new java.util.ArrayList<>();
        for (Duration step : List.of(Duration.ZERO, Duration.ofSeconds(4), Duration.ofSeconds(7))) {
            clock.advance(step);
            String report = report(id, 1, 1000).body();
            String list = http.send(HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + "/get-reports/json"))
                    .header("Content-Type", "application/json; charset=utf-8")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"request\":{\"authentication\":{\"username\":"
                                                              + "\"5551112233\",\"password\":\"sandbox-password\"},"
                                                              + "\"filter\":{\"start\":\"" + day + "\",\"end\":\"" + day
                                                              + "\",\"page\":1}}}", StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
            String reportCounters = List.of("status", "total", "delivered", "undelivered", "waiting").stream()
                    .map(name -> counter(field(report.substring(report.indexOf("<order>")), name)))
                    .reduce((a, b) -> a + "|" + b).orElseThrow();
            Matcher order = Pattern.compile("\\{\"id\":" + id + ",\"status\":(\\d+),\"total\":(\\d+),\"delivered\":(\\d+),"
                                            + "\"undelivered\":(\\d+),\"waiting\":(\\d+)").matcher(list);
            assertThat(order.find()).as(list).isTrue();
            String listCounters = order.group(1) + "|" + order.group(2) + "|" + order.group(3) + "|" + order.group(4) + "|"
                                  + order.group(5);
            assertThat(listCounters).as("the list's counters are the report's").isEqualTo(reportCounters);
            seen.add(listCounters);
        }
        assertThat(seen).as("they change whenever a recipient's status does").doesNotHaveDuplicates();
        assertThat(seen.get(2)).startsWith("114|3|");
    }

    /** Zero counters are empty elements in a report. */
    private static String counter(String value) {
        return value == null || value.isEmpty() ? "0" : value;
    }

    private static Map<String, String> rows(String xml) {
        Map<String, String> rows = new LinkedHashMap<>();
        Matcher matcher = Pattern.compile("<number>([^<]*)</number>\\s*<status>(\\d+)</status>").matcher(xml);
        while (matcher.find()) {
            rows.put(matcher.group(1), matcher.group(2));
        }
        return rows;
    }

    private HttpResponse<String> postTo(String url, String xml) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).POST(HttpRequest.BodyPublishers.ofString(xml)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> send(String sender, String sendDateTime, String text, String... numbers) throws Exception {
        StringBuilder xml = new StringBuilder("<request>").append(USER).append("<order><sender>").append(sender)
                .append("</sender><sendDateTime>").append(sendDateTime).append("</sendDateTime><message><text>")
                .append(text).append("</text><receipents>");
        for (String number : numbers) {
            xml.append("<number>").append(number).append("</number>");
        }
        return post("send-sms", xml.append("</receipents></message></order></request>").toString());
    }

    private HttpResponse<String> report(long id, int page, int rowCount) throws Exception {
        return post("get-report", "<request>" + USER + "<order><id>" + id + "</id><page>" + page + "</page><rowCount>"
                                  + rowCount + "</rowCount></order></request>");
    }

    private HttpResponse<String> cancel(long id) throws Exception {
        return post("cancel-order", "<request>" + USER + "<order><id>" + id + "</id></order></request>");
    }

    private HttpResponse<String> post(String operation, String xml) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + "/" + operation))
                .header("Content-Type", "text/xml; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(xml, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String[] nNumbers(int n) {
        String[] numbers = new String[n];
        for (int i = 0; i < n; i++) {
            numbers[i] = "53012" + String.format("%05d", i);
        }
        return numbers;
    }
}
