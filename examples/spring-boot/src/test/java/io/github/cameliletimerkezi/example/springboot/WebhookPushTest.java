package io.github.cameliletimerkezi.example.springboot;

import java.time.Duration;
import java.util.List;

import io.github.cameliletimerkezi.IletiMerkeziConstants;
import io.github.cameliletimerkezi.model.DeliveryUpdate;
import io.github.cameliletimerkezi.model.IletiMerkeziResponse;
import io.github.cameliletimerkezi.sandbox.IletiMerkeziSandbox;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The example application on its web server receives the sandbox's pushes through {@code iletimerkezi:webhook} while
 * its report route polls the same order: each recipient's accepted status and its outcome are recorded once each.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WebhookPushTest {

    private static final String SECRET = "3b8e1d6f0a2c7e9b5d4f";
    private static final IletiMerkeziSandbox SANDBOX = IletiMerkeziSandbox.builder().smsCredits(1000)
            .deliveryDelay(Duration.ofMillis(300)).start();

    @Autowired
    private CamelContext camelContext;
    @Autowired
    private DeliveryOutcomes outcomes;
    @Autowired
    private Environment environment;

    @DynamicPropertySource
    static void sandboxProperties(DynamicPropertyRegistry registry) {
        SandboxProperties.register(registry, SANDBOX, SECRET);
    }

    @AfterAll
    static void stopSandbox() {
        SANDBOX.stop();
    }

    @Test
    void pushedAndPolledUpdatesAreRecordedOnceEach() {
        SANDBOX.pushReportsTo("http://127.0.0.1:" + environment.getProperty("local.server.port") + "/iletimerkezi/" + SECRET);

        IletiMerkeziResponse answer = camelContext.createProducerTemplate().requestBodyAndHeader("direct:notify",
                "Randevunuz onaylandı", IletiMerkeziConstants.RECIPIENTS, "05550000001,05550000003",
                IletiMerkeziResponse.class);

        assertThat(answer.getCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(20)).until(() -> SANDBOX.reportPushes() == 4
                && outcomes.recipientUpdates().stream().filter(DeliveryUpdate::isFinal).count() == 2);
        List<String> seen = outcomes.recipientUpdates().stream()
                .map(update -> update.orderId() + " " + update.number() + " " + update.statusCode()).toList();
        assertThat(seen).containsExactlyInAnyOrder(answer.getOrderId() + " +905550000001 110",
                answer.getOrderId() + " +905550000001 111", answer.getOrderId() + " +905550000003 110",
                answer.getOrderId() + " +905550000003 112");
    }
}
