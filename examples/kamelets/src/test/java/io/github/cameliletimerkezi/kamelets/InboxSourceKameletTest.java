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
package io.github.cameliletimerkezi.kamelets;

import java.util.concurrent.TimeUnit;

import io.github.cameliletimerkezi.sandbox.IletiMerkeziSandbox;
import org.apache.camel.CamelContext;
import org.apache.camel.Message;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.util.json.JsonObject;
import org.apache.camel.util.json.Jsoner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A YAML route from the {@code iletimerkezi-inbox-source} Kamelet against the sandbox: each received SMS once, as JSON,
 * with the plain and CloudEvents headers.
 */
class InboxSourceKameletTest {

    private IletiMerkeziSandbox sandbox;
    private CamelContext context;

    @AfterEach
    void stop() {
        if (context != null) {
            context.stop();
        }
        sandbox.stop();
    }

    @Test
    void emitsEachReceivedSmsOnceAsJson() throws Exception {
        sandbox = IletiMerkeziSandbox.builder().start();
        String first = sandbox.receiveSms("0530 123 45 01", "7889", "ABC RET");
        context = KameletRoutes.context(KameletRoutes.sandboxProperties(sandbox), "classpath:routes/inbox-source.camel.yaml");
        MockEndpoint received = context.getEndpoint("mock:received", MockEndpoint.class);
        received.expectedMessageCount(1);

        context.start();
        MockEndpoint.assertIsSatisfied(10, TimeUnit.SECONDS, received);

        received.reset();
        received.expectedMessageCount(1);
        String second = sandbox.receiveSms("5301234502", "7889", "Rezervasyon: 2 kişi");
        MockEndpoint.assertIsSatisfied(10, TimeUnit.SECONDS, received);

        Message message = received.getReceivedExchanges().get(0).getMessage();
        JsonObject json = (JsonObject) Jsoner.deserialize(message.getBody(String.class));
        assertThat(json.getString("messageId")).isEqualTo(second).isNotEqualTo(first);
        assertThat(json.getString("phoneNumber")).isEqualTo("+905301234502");
        assertThat(json.getString("receiver")).isEqualTo("7889");
        assertThat(json.getString("text")).isEqualTo("Rezervasyon: 2 kişi");
        assertThat(json.getString("receivedAt")).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
        assertThat(message.getHeaders()).containsEntry("message-id", second).containsEntry("ce-messageid", second)
                .containsEntry("phone-number", "+905301234502").containsEntry("ce-phonenumber", "+905301234502")
                .containsEntry("Content-Type", "application/json");
    }
}
