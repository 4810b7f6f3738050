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
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import io.github.cameliletimerkezi.IletiMerkeziComponent;
import io.github.cameliletimerkezi.model.IletiMerkeziResponse;
import io.github.cameliletimerkezi.sandbox.IletiMerkeziSandbox;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.util.json.JsonObject;
import org.apache.camel.util.json.Jsoner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A YAML route from the {@code iletimerkezi-delivery-report-source} Kamelet against the sandbox: the JSON body, the
 * plain and CloudEvents headers, and the statuses of recipients and orders.
 */
class DeliveryReportSourceKameletTest {

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
    void followsTheOrdersNamedInOrderIdWithUsernameAndPassword() throws Exception {
        sandbox = IletiMerkeziSandbox.builder().deliveryDelay(Duration.ofMillis(300)).failureRatio(0.5).seed(3).start();
        String orderId = sendOutsideTheIntegration("Kargonuz dağıtımda", "5301234501,5301234502,5301234503,5301234504");
        Properties properties = KameletRoutes.sandboxProperties(sandbox);
        properties.setProperty("followed.orders", orderId);
        context = KameletRoutes.context(properties, "classpath:routes/delivery-report-source.camel.yaml");
        MockEndpoint followed = context.getEndpoint("mock:followed", MockEndpoint.class);
        followed.expectedMessageCount(4 + 1);

        context.start();

        MockEndpoint.assertIsSatisfied(10, TimeUnit.SECONDS, followed);
        List<Message> messages = followed.getReceivedExchanges().stream().map(Exchange::getMessage).toList();
        List<Message> recipients = messages.subList(0, 4);
        Message order = messages.get(4);

        for (Message recipient : recipients) {
            JsonObject json = json(recipient);
            assertThat(json.getString("type")).isEqualTo("recipient");
            assertThat(json.getString("orderId")).isEqualTo(orderId);
            assertThat(recipient.getHeader("order-id")).isEqualTo(orderId);
            assertThat(recipient.getHeader("ce-orderid")).isEqualTo(orderId);
            assertThat(recipient.getHeader("phone-number")).isEqualTo(json.getString("phoneNumber"));
            assertThat(recipient.getHeader("ce-phonenumber")).isEqualTo(json.getString("phoneNumber"));
            assertThat(recipient.getHeader("status")).isEqualTo(json.getString("status"));
            assertThat(recipient.getHeader("ce-status")).isEqualTo(json.getString("status"));
            assertThat(recipient.getHeader("Content-Type")).isEqualTo("application/json");
            assertThat(json.getInteger("statusCode")).isEqualTo("delivered".equals(json.getString("status")) ? 111 : 112);
            assertThat(json.getString("meaning")).isEqualTo(
                    json.getInteger("statusCode") == 111 ? "Mesaj gönderildi" : "Mesaj gönderilemedi");
            assertThat(json.getString("seenAt")).isNotBlank();
        }
        assertThat(recipients).extracting(m -> m.getHeader("phone-number"))
                .containsExactlyInAnyOrder("+905301234501", "+905301234502", "+905301234503", "+905301234504");
        assertThat(recipients).extracting(m -> m.getHeader("status")).as("seed 3 fails some recipients")
                .contains("delivered", "undelivered");

        JsonObject orderJson = json(order);
        long delivered = recipients.stream().filter(m -> "delivered".equals(m.getHeader("status"))).count();
        assertThat(orderJson.getString("type")).isEqualTo("order");
        assertThat(orderJson.getString("status")).isEqualTo("completed");
        assertThat(orderJson.getInteger("statusCode")).isEqualTo(114);
        assertThat(orderJson.getInteger("total")).isEqualTo(4);
        assertThat(orderJson.getInteger("delivered")).isEqualTo((int) delivered);
        assertThat(orderJson.getInteger("undelivered")).isEqualTo(4 - (int) delivered);
        assertThat(orderJson.getString("meaning")).isEqualTo("Siparişin gönderimi tamamlandı");
        assertThat(order.getHeaders()).containsEntry("order-id", orderId).containsEntry("ce-orderid", orderId)
                .containsEntry("status", "completed").containsEntry("ce-status", "completed")
                .doesNotContainKeys("phone-number", "ce-phonenumber");
    }

    @Test
    void aCancelledOrderEndsAsFailedAfterTheSinkSentIt() throws Exception {
        sandbox = IletiMerkeziSandbox.builder().deliveryDelay(Duration.ofMillis(100)).start();
        context = KameletRoutes.context(KameletRoutes.sandboxProperties(sandbox),
                "classpath:routes/sms-sink-and-delivery-report-source.camel.yaml");
        MockEndpoint followed = context.getEndpoint("mock:followed", MockEndpoint.class);
        followed.expectedMessageCount(1);
        context.start();
        ProducerTemplate template = context.createProducerTemplate();

        String tomorrow = ZonedDateTime.now(ZoneId.of("Europe/Istanbul")).plusDays(1)
                .format(DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm"));
        String orderId = template.request("direct:sms", e -> {
            e.getMessage().setBody("Yarınki randevunuz");
            e.getMessage().setHeaders(Map.of("phone-number", "5301234505", "send-at", tomorrow));
        }).getMessage().getHeader("order-id", String.class);
        IletiMerkeziResponse cancelled = template.requestBody("iletimerkezi:cancel?baseUrl=" + sandbox.baseUrl()
                                                              + "&username=" + sandbox.settings().username()
                                                              + "&password=RAW(" + sandbox.settings().password() + ")",
                orderId, IletiMerkeziResponse.class);
        assertThat(cancelled.isError()).isFalse();

        MockEndpoint.assertIsSatisfied(10, TimeUnit.SECONDS, followed);
        Message order = followed.getReceivedExchanges().get(0).getMessage();
        assertThat(order.getHeaders()).containsEntry("order-id", orderId).containsEntry("status", "failed")
                .containsEntry("ce-status", "failed");
        JsonObject json = json(order);
        assertThat(json.getString("type")).isEqualTo("order");
        assertThat(json.getInteger("statusCode")).isEqualTo(115);
        assertThat(json.getString("status")).isEqualTo("failed");
    }

    /** An order the integration did not send itself, so only the Kamelet's orderId property can make it followed. */
    private String sendOutsideTheIntegration(String text, String numbers) throws Exception {
        try (CamelContext elsewhere = new org.apache.camel.impl.DefaultCamelContext()) {
            IletiMerkeziComponent component = new IletiMerkeziComponent();
            component.setEnvironment(Map.of("IM_ENDPOINT", sandbox.baseUrl(), "IM_PUBLIC_KEY", sandbox.settings().publicKey(),
                    "IM_SECRET_KEY", sandbox.settings().secretKey(), "IM_SENDER", "SANDBOX")::get);
            elsewhere.addComponent("iletimerkezi", component);
            elsewhere.start();
            return elsewhere.createProducerTemplate().requestBodyAndHeader("iletimerkezi:send", text,
                    "CamelIletiMerkeziRecipients", numbers, IletiMerkeziResponse.class).getOrderId();
        }
    }

    private static JsonObject json(Message message) throws Exception {
        return (JsonObject) Jsoner.deserialize(message.getBody(String.class));
    }
}
