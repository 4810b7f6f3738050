package io.github.cameliletimerkezi.examples.webhook;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.github.cameliletimerkezi.model.DeliveryUpdate;
import io.github.cameliletimerkezi.sandbox.IletiMerkeziSandbox;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The webhook application as docs/component.md shows it, run by camel-main on its own HTTP server, receiving the
 * sandbox's pushes for an order another system sent: each recipient's accepted and final status, once each.
 */
class WebhookApplicationTest {

    private static final String SECRET = "4f1c7e2a9b6d3e8f0a5c";

    private IletiMerkeziSandbox sandbox;
    private Main main;

    @AfterEach
    void stop() {
        if (main != null) {
            main.stop();
        }
        if (sandbox != null) {
            sandbox.stop();
        }
    }

    @Test
    void receivesEveryPushOfAnOrderOnce() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        main = new Main();
        WebhookApplication.configure(main);
        main.addOverrideProperty("http.port", String.valueOf(port));
        main.addOverrideProperty("http.host", "127.0.0.1");
        // the application reads the secret from IM_WEBHOOK_SECRET; a test cannot set the environment, so it sets the path
        main.addOverrideProperty("im.webhook.path", "/iletimerkezi/" + SECRET);
        main.addOverrideProperty("updates.uri", "mock:updates");
        main.start();
        MockEndpoint updates = main.getCamelContext().getEndpoint("mock:updates", MockEndpoint.class);
        updates.expectedMessageCount(4);

        sandbox = IletiMerkeziSandbox.builder().pushUrl("http://127.0.0.1:" + port + "/iletimerkezi/" + SECRET).start();
        HttpResponse<String> sent = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + "/send-sms"))
                .POST(HttpRequest.BodyPublishers.ofString("<request><authentication><username>5551112233</username>"
                        + "<password>sandbox-password</password></authentication><order><sender>SANDBOX</sender>"
                        + "<message><text>Kargonuz yolda</text><receipents><number>05550000001</number>"
                        + "<number>05550000003</number></receipents></message></order></request>")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(sent.statusCode()).isEqualTo(200);

        MockEndpoint.assertIsSatisfied(15, TimeUnit.SECONDS, updates);
        List<DeliveryUpdate> received = updates.getReceivedExchanges().stream()
                .map(exchange -> exchange.getMessage().getBody(DeliveryUpdate.class)).toList();
        assertThat(received).extracting(update -> update.number() + "=" + update.statusCode()).containsExactlyInAnyOrder(
                "+905550000001=110", "+905550000001=111", "+905550000003=110", "+905550000003=112");
        assertThat(received).extracting(DeliveryUpdate::orderId).containsOnly("100001");
        updates.reset();
        updates.expectedMessageCount(0);
        updates.setAssertPeriod(500);
        MockEndpoint.assertIsSatisfied(5, TimeUnit.SECONDS, updates);
    }
}
