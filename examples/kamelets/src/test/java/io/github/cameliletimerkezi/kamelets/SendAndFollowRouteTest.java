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

import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import io.github.cameliletimerkezi.sandbox.IletiMerkeziSandbox;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.component.mock.InterceptSendToMockEndpointStrategy;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The route of {@code routes/send-and-follow.camel.yaml} with its {@code application.properties}, as docs/kamelets.md
 * runs it with Camel JBang: the sink Kamelet sends one SMS to the sandbox and the source Kamelet reports its delivery.
 * Only the sandbox's address, the recipients and the poll delay are replaced.
 */
class SendAndFollowRouteTest {

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
    void theSinkSendsAndTheSourceReportsEachRecipientAndTheOrder() throws Exception {
        sandbox = IletiMerkeziSandbox.builder().deliveryDelay(Duration.ofMillis(300)).failureRatio(0).start();
        Properties overrides = new Properties();
        overrides.setProperty("im.base-url", sandbox.baseUrl());
        overrides.setProperty("im.report-delay", "100");
        overrides.setProperty("sms.to", "5301234561,5301234562");
        context = KameletRoutes.context(overrides, "file:routes/send-and-follow.camel.yaml");
        context.getPropertiesComponent().setLocation("file:routes/application.properties");
        context.getCamelContextExtension().registerEndpointCallback(new InterceptSendToMockEndpointStrategy("log:*"));
        MockEndpoint reports = context.getEndpoint("mock:log:delivery-reports", MockEndpoint.class);
        reports.expectedMessageCount(2 + 1);

        context.start();

        MockEndpoint.assertIsSatisfied(10, TimeUnit.SECONDS, reports);
        List<Message> messages = reports.getReceivedExchanges().stream().map(Exchange::getMessage).toList();
        String orderId = String.valueOf(sandbox.settings().firstOrderId());
        assertThat(messages).allSatisfy(m -> assertThat(m.getHeader("order-id")).isEqualTo(orderId));
        assertThat(messages.subList(0, 2)).extracting(m -> m.getHeader("phone-number"))
                .containsExactlyInAnyOrder("+905301234561", "+905301234562");
        assertThat(messages).extracting(m -> m.getHeader("status"))
                .containsExactly("delivered", "delivered", "completed");
        assertThat(messages.get(2).getBody(String.class)).contains("\"total\":2", "\"delivered\":2");
        assertThat(sandbox.smsCredits()).isEqualTo(sandbox.settings().smsCredits() - 2);
    }
}
