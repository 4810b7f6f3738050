package io.github.cameliletimerkezi.sandbox;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

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
        String hash = IletiMerkeziSandbox.hmacSha256Hex("sandbox-secret-key", "sandbox-public-key");
        assertThat(post("get-balance", "<request><authentication><key>sandbox-public-key</key><hash>" + hash
                                       + "</hash></authentication><order/></request>").statusCode()).isEqualTo(200);
        assertThat(post("get-balance", "<request>" + USER + "<order></order></request>").statusCode()).isEqualTo(200);
        assertThat(post("get-balance", "<request><authentication><key>sandbox-public-key</key><hash>wrong</hash>"
                                       + "</authentication></request>").statusCode()).isEqualTo(401);
        HttpResponse<String> wrong = post("get-balance", "<request><authentication><username>5551112233</username>"
                                                         + "<password>x</password></authentication></request>");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.body()).contains("<code>401</code><message>Üyelik bilgileri hatalı</message>");
        assertThat(post("get-balance", "not xml").statusCode()).isEqualTo(400);
        assertThat(post("no-such-thing", "<request>" + USER + "</request>").statusCode()).isEqualTo(404);
    }

    @Test
    void sendDebitsPerRecipientAndPart() throws Exception {
        HttpResponse<String> sent = send("APITEST", "", "Merhaba", "5301234567", "+90 530 123 45 68");

        assertThat(sent.statusCode()).isEqualTo(200);
        assertThat(sent.body()).contains("<order><id>100001</id></order>");
        assertThat(sandbox.smsCredits()).isEqualTo(98);
        send("APITEST", "", "x".repeat(200), "5301234569");
        assertThat(sandbox.smsCredits()).as("200 characters take two parts").isEqualTo(96);
        assertThat(post("get-balance", "<request>" + USER + "<order/></request>").body())
                .contains("<balance><amount>499.8000</amount><sms>96</sms></balance>");
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
    void deliveryProgressesWithTheClockAndPages() throws Exception {
        send("APITEST", "", "Merhaba", "5301234560", "5301234561", "5301234562", "5301234563");

        String before = report(100001, 1, 1000).body();
        assertThat(before).contains("<status>113</status><total>4</total><delivered>0</delivered>")
                .contains("<number>+905301234560</number><status>110</status>");
        clock.advance(Duration.ofSeconds(5));
        String half = report(100001, 1, 1000).body();
        assertThat(half).contains("<status>113</status>").contains("<waiting>2</waiting>");
        clock.advance(Duration.ofSeconds(5));
        String done = report(100001, 1, 1000).body();
        assertThat(done).contains("<status>114</status>").contains("<waiting>0</waiting>").doesNotContain("<status>110</status>");
        assertThat(done.split("<status>112</status>").length - 1).as("seeded failures").isBetween(1, 3);

        String page2 = report(100001, 2, 3).body();
        assertThat(page2).contains("<number>+905301234563</number>").doesNotContain("+905301234560");
        assertThat(report(100001, 0, 3).statusCode()).isEqualTo(464);
        assertThat(report(999, 1, 10).statusCode()).isEqualTo(455);
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
        assertThat(report(100001, 1, 10).body()).contains("<status>115</status>");

        clock.advance(Duration.ofHours(1));
        assertThat(cancel(100002).statusCode()).as("sending has started").isEqualTo(455);
        assertThat(report(100002, 1, 10).statusCode()).isEqualTo(200);
        assertThat(cancel(424242).statusCode()).isEqualTo(455);
    }

    @Test
    void sendersAndLegacyAccountInfo() throws Exception {
        assertThat(post("get-sender", "<request>" + USER + "</request>").body())
                .contains("<senders><sender>APITEST</sender><sender>SANDBOX</sender></senders>");
        HttpResponse<String> info = http.send(HttpRequest.newBuilder(URI.create(sandbox.accountUrl()))
                .POST(HttpRequest.BodyPublishers.ofString(
                        "<userInfo><userName>5551112233</userName><userPassword>sandbox-password</userPassword></userInfo>"))
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(info.body()).startsWith("<userInfo>").contains("<gsm>5551112233</gsm>");
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
