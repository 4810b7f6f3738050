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
package io.github.cameliletimerkezi.example.springboot;

import java.time.Duration;
import java.util.List;

import io.github.cameliletimerkezi.model.DeliveryUpdate;
import io.github.cameliletimerkezi.sandbox.IletiMerkeziSandbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code --sms.try-to}, as docs/spring-boot.md runs the application: one SMS goes out at start through the component to
 * those numbers, and the report route follows it to each recipient's final status.
 */
@SpringBootTest(properties = "sms.try-to=05550000001,05550000003")
class TrySmsOnStartTest {

    private static final IletiMerkeziSandbox SANDBOX = IletiMerkeziSandbox.builder().smsCredits(1000).start();

    @Autowired
    private DeliveryOutcomes outcomes;

    @DynamicPropertySource
    static void sandboxProperties(DynamicPropertyRegistry registry) {
        SandboxProperties.register(registry, SANDBOX, "5d2a8c4e6f1b3d7a9c0e");
    }

    @AfterAll
    static void stopSandbox() {
        SANDBOX.stop();
    }

    @Test
    void oneSmsGoesOutAtStartAndItsDeliveryIsFollowed() {
        await().atMost(Duration.ofSeconds(20))
                .until(() -> outcomes.recipientUpdates().stream().filter(DeliveryUpdate::isFinal).count() == 2);

        String order = String.valueOf(SANDBOX.settings().firstOrderId());
        List<String> seen = outcomes.recipientUpdates().stream()
                .map(update -> update.orderId() + " " + update.number() + " " + update.statusCode()).toList();
        assertThat(seen).containsExactlyInAnyOrder(order + " +905550000001 111", order + " +905550000003 112");
        assertThat(SANDBOX.smsCredits()).as("one order of two recipients, one part each").isEqualTo(1000 - 2);
    }
}
