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
                // one stream: the push and the poll share each update's identity through its name
                from("iletimerkezi:webhook?path=/hooks&streamName=delivery").to("mock:updates");
                from("iletimerkezi:report?streamName=delivery&delay=100&initialDelay=0").to("mock:updates");
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

        // the delayed test number is final 5 s after sending; the never-final one only waits (its accepted push, 110,
        // is not a final status and is not emitted)
        await().atMost(20, TimeUnit.SECONDS).until(() -> statuses(updates).containsAll(List.of(
                "+905550000001 111", "+905550000002 111", "+905550000003 112", "+905301234567 111")));
        assertThat(sandbox.reportPushes()).as("the never-final number's accepted push went out").isGreaterThanOrEqualTo(5);
        assertThat(statuses(updates)).doesNotContain("+905550000004 111", "+905550000004 112");

        HttpResponse<String> delivered = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                sandbox.controlUrl() + "/orders/" + id + "/recipients/3/deliver")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(delivered.statusCode()).as(delivered.body()).isEqualTo(200);

        await().atMost(10, TimeUnit.SECONDS).until(() -> statuses(updates).contains("+905550000004 111"));
        // both consumers keep running: nothing arrives twice, nothing else arrives
        await().during(1500, TimeUnit.MILLISECONDS).atMost(5, TimeUnit.SECONDS).until(() -> statuses(updates).size() == 5);
        assertThat(statuses(updates)).containsExactlyInAnyOrder(
                "+905550000001 111", "+905550000002 111", "+905550000003 112", "+905550000004 111", "+905301234567 111");
        assertThat(deliveries(updates)).extracting(DeliveryUpdate::orderId).containsOnly(id);
    }

    private static List<String> statuses(MockEndpoint updates) {
        return deliveries(updates).stream().map(update -> update.number() + " " + update.statusCode()).toList();
    }
}
