package io.github.cameliletimerkezi.sandbox;

import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The sandbox pushes each recipient's status changes in the provider's format (reference §3.10) to every URL, retries
 * what could not be delivered as docs/sandbox.md says, logs every attempt with its answer, and keeps answering the API
 * whatever the targets do.
 */
class SandboxPushTest {

    @Test
    void everyUrlGetsEachRecipientsAcceptedThenItsOutcomeInTheProvidersFormat() throws Exception {
        try (PushReceiver receiver = new PushReceiver();
             IletiMerkeziSandbox sandbox = IletiMerkeziSandbox.builder().deliveryDelay(Duration.ofMillis(200)).failureRatio(0)
                     .pushUrl(receiver.url("/a")).pushUrl(receiver.url("/b")).start()) {
            SandboxHttp http = new SandboxHttp(sandbox);
            String id = SandboxHttp.orderId(http.send("Kargonuz yolda, İstanbul", "5550000003", "5301234567"));

            await().atMost(10, TimeUnit.SECONDS).until(() -> receiver.pushes.size() == 8);
            for (String path : List.of("/a", "/b")) {
                assertThat(receiver.at(path)).extracting(PushReceiver.Push::contentType).containsOnly("application/json");
                List<String> bodies = receiver.at(path).stream().map(PushReceiver.Push::body).toList();
                String accepted3 = "{\"report\":{\"id\":" + id + "00000,\"packet_id\":" + id
                                   + ",\"status\":\"accepted\",\"to\":\"+905550000003\",\"body\":\"Kargonuz yolda, İstanbul\"}}";
                String undelivered3 = accepted3.replace("accepted", "undelivered");
                String accepted7 = "{\"report\":{\"id\":" + id + "00001,\"packet_id\":" + id
                                   + ",\"status\":\"accepted\",\"to\":\"+905301234567\",\"body\":\"Kargonuz yolda, İstanbul\"}}";
                String delivered7 = accepted7.replace("accepted", "delivered");
                assertThat(bodies).containsExactlyInAnyOrder(accepted3, undelivered3, accepted7, delivered7);
                assertThat(bodies.indexOf(accepted3)).as("accepted before the outcome").isLessThan(bodies.indexOf(undelivered3));
                assertThat(bodies.indexOf(accepted7)).isLessThan(bodies.indexOf(delivered7));
            }
            assertThat(sandbox.reportPushes()).isEqualTo(8);
            JsonNode log = http.state().path("pushes");
            assertThat(log).hasSize(8);
            assertThat(log.findValuesAsText("answer")).containsOnly("answered 200");
            assertThat(log.findValues("httpStatus")).allSatisfy(status -> assertThat(status.asInt()).isEqualTo(200));
        }
    }

    @Test
    void aTargetThatIsDownOrFailingIsRetriedTwiceAndNothingElseIsHeldUp() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String down = "http://127.0.0.1:" + closedPort + "/hook";
        try (PushReceiver receiver = new PushReceiver();
             IletiMerkeziSandbox sandbox = IletiMerkeziSandbox.builder().pushUrl(down).pushUrl(receiver.url("/status/503"))
                     .pushUrl(receiver.url("/status/404")).pushUrl(receiver.url("/ok")).start()) {
            SandboxHttp http = new SandboxHttp(sandbox);
            String id = SandboxHttp.orderId(http.send("Yeniden dene", "5550000001"));

            // the working target has both pushes long before the retries are over, and the API keeps answering
            await().atMost(5, TimeUnit.SECONDS).until(() -> receiver.at("/ok").size() == 2);
            assertThat(http.xml("get-balance", "<request>" + SandboxHttp.USER + "</request>").statusCode()).isEqualTo(200);
            assertThat(http.reportStatuses(id)).isEqualTo("+905550000001=111");

            await().atMost(15, TimeUnit.SECONDS).until(() -> sandbox.reportPushes() == 8);
            assertThat(receiver.at("/status/503")).as("two statuses, three attempts each").hasSize(6);
            assertThat(receiver.at("/status/404")).as("a 4xx answer is final").hasSize(2);
            JsonNode log = http.state().path("pushes");
            List<JsonNode> toDown = filter(log, down);
            assertThat(toDown).hasSize(6);
            assertThat(toDown).extracting(attempt -> attempt.path("answer").asText()).containsOnly("connection refused");
            assertThat(toDown).extracting(attempt -> attempt.path("attempt").asInt()).containsExactlyInAnyOrder(1, 2, 3, 1, 2, 3);
            assertThat(toDown).extracting(attempt -> attempt.path("retried").asBoolean())
                    .as("the third attempt is the last").containsExactlyInAnyOrder(true, true, false, true, true, false);
            assertThat(filter(log, receiver.url("/status/503"))).extracting(attempt -> attempt.path("httpStatus").asInt())
                    .containsOnly(503);
        }
    }

    @Test
    void aRecipientSettledFromTheConsoleIsPushedOnceAndOnlyOnce() throws Exception {
        try (PushReceiver receiver = new PushReceiver();
             IletiMerkeziSandbox sandbox = IletiMerkeziSandbox.builder().pushUrl(receiver.url("/hook")).start()) {
            SandboxHttp http = new SandboxHttp(sandbox);
            String id = SandboxHttp.orderId(http.send("Hiç bitmeyen", "5550000004"));
            await().atMost(5, TimeUnit.SECONDS).until(() -> receiver.pushes.size() == 1);
            assertThat(receiver.pushes.get(0).body()).contains("\"status\":\"accepted\"");

            assertThat(http.control("POST", "/orders/" + id + "/recipients/0/fail", "application/json", "{}").statusCode())
                    .isEqualTo(200);
            assertThat(http.reportStatuses(id)).isEqualTo("+905550000004=112");
            assertThat(http.control("POST", "/orders/" + id + "/recipients/0/deliver", "application/json", "{}").statusCode())
                    .as("its report arrived already").isEqualTo(409);
            await().during(300, TimeUnit.MILLISECONDS).atMost(5, TimeUnit.SECONDS).until(() -> receiver.pushes.size() == 2);
            assertThat(receiver.pushes.get(1).body()).isEqualTo("{\"report\":{\"id\":" + id + "00000,\"packet_id\":" + id
                    + ",\"status\":\"undelivered\",\"to\":\"+905550000004\",\"body\":\"Hiç bitmeyen\"}}");
        }
    }

    @Test
    void aBadPushUrlIsRefusedByName() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> IletiMerkeziSandbox.builder().pushUrl("localhost:8080/hook"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("push URL 'localhost:8080/hook' must be an absolute http:// or https:// address");
    }

    private static List<JsonNode> filter(JsonNode log, String url) {
        List<JsonNode> found = new java.util.ArrayList<>();
        log.forEach(attempt -> {
            if (attempt.path("url").asText().equals(url)) {
                found.add(attempt);
            }
        });
        return found;
    }
}
