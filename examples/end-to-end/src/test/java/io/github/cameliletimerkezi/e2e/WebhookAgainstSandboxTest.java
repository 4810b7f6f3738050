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
package io.github.cameliletimerkezi.e2e;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.github.cameliletimerkezi.IletiMerkeziComponent;
import io.github.cameliletimerkezi.IletiMerkeziConstants;
import io.github.cameliletimerkezi.model.DeliveryUpdate;
import io.github.cameliletimerkezi.model.IletiMerkeziResponse;
import io.github.cameliletimerkezi.model.OrderUpdate;
import io.github.cameliletimerkezi.sandbox.IletiMerkeziSandbox;
import io.github.cameliletimerkezi.sandbox.SandboxClock;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.apache.camel.test.AvailablePortFinder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The sandbox pushes delivery reports to the component's webhook receiver while the report consumer polls the same
 * orders: every recipient's final status reaches the route exactly once.
 */
class WebhookAgainstSandboxTest extends CamelTestSupport {

    private static final String SECRET = "im-4c1f9e7a2b6d8053";
    private static final String PATH = "/hooks/" + SECRET;

    private IletiMerkeziSandbox sandbox;

    @Override
    protected CamelContext createCamelContext() throws Exception {
        sandbox = IletiMerkeziSandbox.builder().clock(new SandboxClock()).deliveryDelay(Duration.ofMillis(400))
                .failureRatio(0.4).seed(5).start();
        int port = AvailablePortFinder.getNextAvailable();
        sandbox.pushReportsTo("http://127.0.0.1:" + port + PATH);
        CamelContext context = super.createCamelContext();
        VertxPlatformHttpServerConfiguration server = new VertxPlatformHttpServerConfiguration();
        server.setBindPort(port);
        context.addService(new VertxPlatformHttpServer(server));
        IletiMerkeziComponent component = new IletiMerkeziComponent();
        component.setEnvironment(Map.of("IM_ENDPOINT", sandbox.baseUrl(), "IM_PUBLIC_KEY", sandbox.settings().publicKey(),
                "IM_SECRET_KEY", sandbox.settings().secretKey(), "IM_SENDER", "SANDBOX", "IM_WEBHOOK_SECRET", SECRET)::get);
        context.addComponent("iletimerkezi", component);
        return context;
    }

    @AfterEach
    void stopSandbox() {
        sandbox.stop();
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                // one stream: the webhook and the report consumer share the updates' identity through its name
                from("iletimerkezi:webhook?streamName=delivery&path=/hooks").to("mock:updates");
                from("iletimerkezi:report?streamName=delivery&delay=100&initialDelay=0").to("mock:updates");
            }
        };
    }

    @Test
    void pushAndPollTogetherEmitEachFinalStatusOnce() throws Exception {
        MockEndpoint updates = getMockEndpoint("mock:updates");
        List<String> numbers = List.of("5301234501", "5301234502", "5301234503", "5301234504", "5301234505");
        IletiMerkeziResponse sent = template.requestBodyAndHeader("iletimerkezi:send", "Kargonuz yolda",
                IletiMerkeziConstants.RECIPIENTS, numbers, IletiMerkeziResponse.class);

        // every push made (accepted and final per recipient), and the report consumer saw the order complete
        await().atMost(20, TimeUnit.SECONDS).until(() -> sandbox.reportPushes() == 2L * numbers.size()
                && updates.getReceivedExchanges().stream().anyMatch(e -> e.getMessage().getBody() instanceof OrderUpdate));

        List<DeliveryUpdate> deliveries = updates.getReceivedExchanges().stream()
                .map(e -> e.getMessage().getBody()).filter(DeliveryUpdate.class::isInstance).map(DeliveryUpdate.class::cast)
                .toList();
        List<DeliveryUpdate> finals = deliveries.stream().filter(DeliveryUpdate::isFinal).toList();
        assertThat(finals).extracting(u -> DeliveryUpdate.idempotentKey(u.orderId(), u.number(), 0)).doesNotHaveDuplicates()
                .hasSize(numbers.size());
        assertThat(finals).allSatisfy(u -> assertThat(u.orderId()).isEqualTo(sent.getOrderId()));
        assertThat(finals).extracting(DeliveryUpdate::statusCode).contains(111, 112);
        // the "accepted" pushes are not final: answered, not emitted
        assertThat(deliveries).allSatisfy(u -> assertThat(u.isFinal()).isTrue());
    }
}
