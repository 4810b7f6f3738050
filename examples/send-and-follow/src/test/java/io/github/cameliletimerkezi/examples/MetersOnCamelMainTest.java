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
package io.github.cameliletimerkezi.examples;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.github.cameliletimerkezi.IletiMerkeziComponent;
import io.github.cameliletimerkezi.sandbox.IletiMerkeziSandbox;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The example's Java DSL routes run by camel-main with a MeterRegistry bound as docs/metrics.md tells: the send and
 * its delivery against the sandbox show in the component's meters.
 */
class MetersOnCamelMainTest {

    private final IletiMerkeziSandbox sandbox = IletiMerkeziSandbox.builder().deliveryDelay(Duration.ofMillis(200))
            .failureRatio(0).start();
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private Main main;

    @AfterEach
    void stop() {
        if (main != null) {
            main.stop();
        }
        sandbox.stop();
    }

    @Test
    void boundRegistryGetsTheSendAndDeliveryMeters() throws Exception {
        main = new Main();
        SendAndFollowApplication.configure(main, "java");
        IletiMerkeziComponent component = new IletiMerkeziComponent();
        Map<String, String> environment = Map.of("IM_ENDPOINT", sandbox.baseUrl(),
                "IM_USERNAME", sandbox.settings().username(), "IM_PASSWORD", sandbox.settings().password());
        component.setEnvironment(environment::get);
        main.bind("iletimerkezi", component);
        main.bind("meterRegistry", registry);
        main.addOverrideProperty("camel.main.autoStartup", "false");
        main.addOverrideProperty("send.delay", "0");
        main.addOverrideProperty("report.delay", "100");
        main.addOverrideProperty("updates.uri", "mock:updates");
        main.start();
        MockEndpoint updates = main.getCamelContext().getEndpoint("mock:updates", MockEndpoint.class);
        updates.expectedMessageCount(4);

        main.getCamelContext().getRouteController().startAllRoutes();

        MockEndpoint.assertIsSatisfied(15, TimeUnit.SECONDS, updates);
        assertThat(registry.get("iletimerkezi.sms.orders").tag("outcome", "accepted").counter().count()).isEqualTo(1);
        assertThat(registry.get("iletimerkezi.sms.recipients").tag("outcome", "accepted").counter().count()).isEqualTo(3);
        assertThat(registry.get("iletimerkezi.delivery.updates").tag("stream", "follow").tag("type", "recipient")
                .tag("status", "delivered").counter().count()).isEqualTo(3);
        assertThat(registry.get("iletimerkezi.delivery.updates").tag("stream", "follow").tag("type", "order")
                .tag("status", "completed").counter().count()).isEqualTo(1);
        assertThat(registry.get("iletimerkezi.delivery.time").tag("type", "order").timer().count()).isEqualTo(1);
    }
}
