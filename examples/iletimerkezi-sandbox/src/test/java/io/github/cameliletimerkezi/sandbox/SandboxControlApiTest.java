package io.github.cameliletimerkezi.sandbox;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sandbox's own API: an SMS put into the inbox over HTTP as receiveSms does in Java, a recipient settled now, the
 * state the console draws, and a clear 4xx answer naming the field for every malformed request.
 */
class SandboxControlApiTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String JSON = "application/json";

    @Test
    void anSmsReceivedOverHttpIsListedByGetInbox() throws Exception {
        try (IletiMerkeziSandbox sandbox = IletiMerkeziSandbox.builder().receivedSms("05301234560", "7889", "ilk").start()) {
            SandboxHttp http = new SandboxHttp(sandbox);
            HttpResponse<String> received = http.control("POST", "/inbox", "application/json; charset=utf-8",
                    "{\"sender\":\"0530 123 45 67\",\"receiver\":\"7889\",\"text\":\"ABC RET <b>çğış</b>\"}");
            assertThat(received.statusCode()).isEqualTo(201);
            assertThat(received.body()).isEqualTo("{\"id\":\"2\"}");

            JsonNode inbox = MAPPER.readTree(http.xml("get-inbox/json", "{\"request\":{\"authentication\":"
                    + "{\"username\":\"5551112233\",\"password\":\"sandbox-password\"}}}").body()).path("response").path("inbox");
            assertThat(inbox.path("totalRows").asText()).isEqualTo("2");
            assertThat(inbox.path("message").get(0).path("text").asText()).as("the one given at start").isEqualTo("ilk");
            assertThat(inbox.path("message").get(1).path("sender").asText()).isEqualTo("+905301234567");
            assertThat(inbox.path("message").get(1).path("text").asText()).isEqualTo("ABC RET <b>çğış</b>");
        }
    }

    @Test
    void malformedInboundRequestsGetAClearAnswer() throws Exception {
        try (IletiMerkeziSandbox sandbox = IletiMerkeziSandbox.builder().start()) {
            SandboxHttp http = new SandboxHttp(sandbox);
            assertError(http.control("POST", "/inbox", "application/x-www-form-urlencoded", "sender=1"), 415,
                    "send the message as JSON with Content-Type: application/json, was 'application/x-www-form-urlencoded'");
            assertError(http.control("POST", "/inbox", null, "{}"), 415,
                    "send the message as JSON with Content-Type: application/json, was no Content-Type");
            assertThat(error(http.control("POST", "/inbox", JSON, "{\"sender\":"))).startsWith("the body is not JSON: ");
            assertError(http.control("POST", "/inbox", JSON, "[1]"), 400,
                    "the body must be a JSON object {\"sender\", \"receiver\", \"text\"}");
            assertThat(error(http.control("POST", "/inbox", JSON, "{\"sender\":\"05301234567\",\"text\":\"x\"}")))
                    .startsWith("receiver is missing or not a string");
            assertThat(error(http.control("POST", "/inbox", JSON, "{\"sender\":\"05301234567\",\"receiver\":\"7889\",\"text\":5}")))
                    .startsWith("text is missing or not a string");
            assertError(http.control("POST", "/inbox", JSON, "{\"sender\":\"12\",\"receiver\":\"7889\",\"text\":\"x\"}"), 400,
                    "sender '12' is not a phone number");
            assertError(http.control("POST", "/inbox", JSON, "{\"sender\":\"05301234567\",\"receiver\":\" \",\"text\":\"x\"}"),
                    400, "receiver is missing: give the account's number or short code");
            assertError(http.control("GET", "/inbox", null, null), 405, "use POST");
            assertThat(http.control("POST", "/inbox", JSON, "{\"text\":\"" + "x".repeat(70_000) + "\"}").statusCode())
                    .isEqualTo(413);
            assertThat(http.control("GET", "/nothing", null, null).statusCode()).isEqualTo(404);
            assertThat(http.state().path("inbox")).as("nothing refused got in").isEmpty();
            assertThat(http.xml("get-balance", "<request>" + SandboxHttp.USER + "</request>").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void settlingARecipientAnswersWhatItDid() throws Exception {
        SandboxClock clock = new SandboxClock().freeze();
        try (IletiMerkeziSandbox sandbox = IletiMerkeziSandbox.builder().clock(clock).deliveryDelay(Duration.ofMinutes(1))
                .start()) {
            SandboxHttp http = new SandboxHttp(sandbox);
            String id = SandboxHttp.orderId(http.send("Şimdi teslim", "5301234567", "5550000001"));
            HttpResponse<String> delivered = http.control("POST", "/orders/" + id + "/recipients/0/deliver", JSON, "");
            assertThat(delivered.statusCode()).isEqualTo(200);
            assertThat(delivered.body()).isEqualTo("{\"orderId\":" + id + ",\"index\":0,\"number\":\"+905301234567\",\"status\":111}");
            assertThat(http.reportStatuses(id)).isEqualTo("+905301234567=111 +905550000001=111");
            assertError(http.control("POST", "/orders/" + id + "/recipients/1/fail", JSON, ""), 409,
                    "recipient 1 of order " + id + " has its report already (111)");
            assertError(http.control("POST", "/orders/" + id + "/recipients/2/fail", JSON, ""), 404,
                    "order " + id + " has 2 recipients; index 2 is none of them (they count from 0)");
            assertError(http.control("POST", "/orders/1/recipients/0/fail", JSON, ""), 404, "no order 1");

            String scheduled = SandboxHttp.orderId(http.xml("send-sms", "<request>" + SandboxHttp.USER
                    + "<order><sender>SANDBOX</sender><sendDateTime>01/01/2099 10:00</sendDateTime><message><text>Sonra</text>"
                    + "<receipents><number>5301234567</number></receipents></message></order></request>"));
            assertError(http.control("POST", "/orders/" + scheduled + "/recipients/0/deliver", JSON, ""), 409,
                    "order " + scheduled + " is scheduled and not sent yet");
        }
    }

    @Test
    void theStateShowsTextsPartsEncodingAndTimelines() throws Exception {
        SandboxClock clock = new SandboxClock().freezeAt(java.time.Instant.parse("2026-04-29T07:15:02Z"));
        try (IletiMerkeziSandbox sandbox = IletiMerkeziSandbox.builder().clock(clock).deliveryDelay(Duration.ofSeconds(2))
                .failureRatio(0).start()) {
            SandboxHttp http = new SandboxHttp(sandbox);
            String text = "Sayın müşterimiz, siparişiniz yola çıktı. " + "İyi günler! ".repeat(10);
            String id = SandboxHttp.orderId(http.send(text, "5301234567", "5550000004"));
            clock.advance(Duration.ofSeconds(3));

            JsonNode state = http.state();
            assertThat(state.path("balance").path("sms").asLong()).isEqualTo(10_000 - 2 * 2);
            JsonNode order = state.path("orders").get(0);
            assertThat(order.path("id").asText()).isEqualTo(id);
            assertThat(order.path("status").asInt()).as("the never-final number keeps it sending").isEqualTo(113);
            JsonNode message = order.path("messages").get(0);
            assertThat(message.path("text").asText()).isEqualTo(text);
            assertThat(message.path("parts").asInt()).isEqualTo(2);
            assertThat(message.path("encoding").asText()).isEqualTo("GSM 7-bit, Turkish shift");
            JsonNode first = message.path("recipients").get(0);
            assertThat(first.path("timeline").toString()).isEqualTo("[{\"at\":\"2026-04-29 10:15:02.000\",\"status\":110,"
                    + "\"text\":\"accepted\"},{\"at\":\"2026-04-29 10:15:03.000\",\"status\":111,\"text\":\"delivered\"}]");
            assertThat(first.path("settleable").asBoolean()).isFalse();
            JsonNode never = message.path("recipients").get(1);
            assertThat(never.path("testNumber").asText()).isEqualTo("never final");
            assertThat(never.path("settleable").asBoolean()).isTrue();
            assertThat(SmsParts.encoding("Hello [world]")).isEqualTo(SmsParts.Encoding.GSM7);
            assertThat(SmsParts.encoding("Привет")).isEqualTo(SmsParts.Encoding.UCS2);
        }
    }

    @Test
    void theConsoleIsServedAsUtf8WithAPolicyAndIsOffByTheFlag() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        try (IletiMerkeziSandbox sandbox = IletiMerkeziSandbox.builder().start()) {
            HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(sandbox.consoleUrl())).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
            assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("script-src 'self'");
            assertThat(page.body()).contains("<meta charset=\"utf-8\">").contains("<title>İleti Merkezi sandbox</title>");
            for (String asset : new String[] {"console.js", "console.css"}) {
                assertThat(client.send(HttpRequest.newBuilder(URI.create(sandbox.consoleUrl() + asset)).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
            }
            assertThat(client.send(HttpRequest.newBuilder(URI.create(sandbox.consoleUrl() + "../console/x")).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(404);
        }
        try (IletiMerkeziSandbox sandbox = IletiMerkeziSandbox.builder().console(false).start()) {
            assertThat(sandbox.consoleUrl()).isNull();
            String root = sandbox.controlUrl().replace("/sandbox", "");
            assertThat(client.send(HttpRequest.newBuilder(URI.create(root + "/console/")).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(404);
        }
    }

    private static void assertError(HttpResponse<String> answer, int status, String message) throws Exception {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
        assertThat(error(answer)).isEqualTo(message);
    }

    private static String error(HttpResponse<String> answer) throws Exception {
        assertThat(answer.statusCode()).isBetween(400, 499);
        return MAPPER.readTree(answer.body()).path("error").asText();
    }
}
