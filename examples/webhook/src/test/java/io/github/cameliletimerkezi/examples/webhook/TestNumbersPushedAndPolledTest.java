package io.github.cameliletimerkezi.examples.webhook;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.github.cameliletimerkezi.IletiMerkeziConstants;
import io.github.cameliletimerkezi.model.DeliveryUpdate;
import io.github.cameliletimerkezi.model.IletiMerkeziResponse;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A sandbox started with a push URL (the builder's setting) and the report consumer polling the same order: with the
 * test numbers' fixed outcomes, the route receives exactly the statuses they promise, each once, the never-final one
 * only after it is delivered through the sandbox's API, and nothing more while both keep running.
 */
class TestNumbersPushedAndPolledTest extends SandboxPushTestSupport {

    @Override
    protected Duration deliveryDelay() {
        return Duration.ofMillis(300);
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("iletimerkezi:webhook?path=" + PATH).to("mock:updates");
                from("iletimerkezi:report?delay=100&initialDelay=0").to("mock:updates");
            }
        };
    }

    @Test
    void eachTestNumbersStatusesArriveOnceFromPushAndPoll() throws Exception {
        MockEndpoint updates = getMockEndpoint("mock:updates");
        IletiMerkeziResponse sent = template.requestBodyAndHeader("iletimerkezi:send", "Sabit sonuçlar",
                IletiMerkeziConstants.RECIPIENTS, List.of("05550000001", "05550000002", "05550000003", "05550000004",
                        "05301234567"), IletiMerkeziResponse.class);
        String id = sent.getOrderId();

        // the delayed test number is final 5 s after sending; the never-final one only waits
        await().atMost(20, TimeUnit.SECONDS).until(() -> statuses(updates).containsAll(List.of(
                "+905550000001 111", "+905550000002 111", "+905550000003 112", "+905301234567 111", "+905550000004 110")));
        assertThat(statuses(updates)).doesNotContain("+905550000004 111", "+905550000004 112");

        HttpResponse<String> delivered = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                sandbox.controlUrl() + "/orders/" + id + "/recipients/3/deliver")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(delivered.statusCode()).as(delivered.body()).isEqualTo(200);

        await().atMost(10, TimeUnit.SECONDS).until(() -> statuses(updates).contains("+905550000004 111"));
        // both consumers keep running: nothing arrives twice, nothing else arrives
        await().during(1500, TimeUnit.MILLISECONDS).atMost(5, TimeUnit.SECONDS).until(() -> statuses(updates).size() == 10);
        assertThat(statuses(updates)).containsExactlyInAnyOrder(
                "+905550000001 110", "+905550000001 111", "+905550000002 110", "+905550000002 111",
                "+905550000003 110", "+905550000003 112", "+905550000004 110", "+905550000004 111",
                "+905301234567 110", "+905301234567 111");
        assertThat(deliveries(updates)).extracting(DeliveryUpdate::orderId).containsOnly(id);
    }

    private static List<String> statuses(MockEndpoint updates) {
        return deliveries(updates).stream().map(update -> update.number() + " " + update.statusCode()).toList();
    }
}
