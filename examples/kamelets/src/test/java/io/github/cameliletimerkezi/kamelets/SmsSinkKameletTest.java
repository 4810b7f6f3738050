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
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import io.github.cameliletimerkezi.IletiMerkeziComponent;
import io.github.cameliletimerkezi.model.IletiMerkeziResponse;
import io.github.cameliletimerkezi.model.OrderReport;
import io.github.cameliletimerkezi.model.RecipientStatus;
import io.github.cameliletimerkezi.sandbox.IletiMerkeziSandbox;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A YAML route through the {@code iletimerkezi-sms-sink} Kamelet against the sandbox: what each header does, what an
 * upstream system cannot do, and what fails before anything is sent.
 */
class SmsSinkKameletTest {

    private static final DateTimeFormatter SEND_AT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private IletiMerkeziSandbox sandbox;
    private CamelContext context;
    private ProducerTemplate template;

    @BeforeEach
    void start() throws Exception {
        sandbox = IletiMerkeziSandbox.builder().deliveryDelay(Duration.ofMillis(200)).smsCredits(100).start();
        context = KameletRoutes.context(KameletRoutes.sandboxProperties(sandbox), "classpath:routes/sms-sink.camel.yaml");
        context.start();
        template = context.createProducerTemplate();
    }

    @AfterEach
    void stop() {
        if (context != null) {
            context.stop();
        }
        sandbox.stop();
    }

    @Test
    void sendsTheBodyToTheNumbersOfPhoneNumberAndReturnsTheOrderId() {
        Exchange sent = send("Kargonuz yolda: 3 & 4 <kutu>", Map.of("phone-number", "5301234501, +90 530 123 45 02"));

        assertThat(sent.getException()).isNull();
        String orderId = sent.getMessage().getHeader("order-id", String.class);
        assertThat(orderId).isNotBlank();
        assertThat(sent.getMessage().getBody(IletiMerkeziResponse.class).getOrderId()).isEqualTo(orderId);
        OrderReport report = report(orderId);
        assertThat(report.total()).isEqualTo(2);
        assertThat(report.sender()).isEqualTo("SANDBOX");
        assertThat(report.recipients()).extracting(RecipientStatus::number)
                .containsExactlyInAnyOrder("+905301234501", "+905301234502");
        assertThat(sandbox.smsCredits()).isEqualTo(100 - 2);
    }

    @Test
    void cloudEventsHeadersGiveRecipientsSenderAndSendTime() {
        String inTwoHours = ZonedDateTime.now(java.time.ZoneId.of("Europe/Istanbul")).plusHours(2).format(SEND_AT);
        Exchange sent = send("Yarın görüşelim",
                Map.of("ce-phonenumber", "5301234503", "ce-sender", "APITEST", "ce-sendat", inTwoHours));

        assertThat(sent.getException()).isNull();
        String orderId = sent.getMessage().getHeader("order-id", String.class);
        IletiMerkeziResponse scheduled = template.requestBody(reportUri(), orderId, IletiMerkeziResponse.class);
        assertThat(scheduled.getCode()).as("a scheduled order has no report before its time").isEqualTo(456);
        assertThat(sandbox.smsCredits()).isEqualTo(100 - 1);
    }

    @Test
    void plainHeadersWinOverCloudEventsHeaders() {
        Exchange sent = send("Merhaba", Map.of("phone-number", "5301234504", "ce-phonenumber", "5301234599",
                "sender", "APITEST", "ce-sender", "SANDBOX"));

        OrderReport report = report(sent.getMessage().getHeader("order-id", String.class));
        assertThat(report.recipients()).extracting(RecipientStatus::number).containsExactly("+905301234504");
        assertThat(report.sender()).isEqualTo("APITEST");
    }

    @Test
    void sendAtSchedulesTheOrder() {
        String tomorrow = ZonedDateTime.now(java.time.ZoneId.of("Europe/Istanbul")).plusDays(1).format(SEND_AT);
        Exchange sent = send("Randevunuz yarın", Map.of("phone-number", "5301234505", "send-at", tomorrow));

        String orderId = sent.getMessage().getHeader("order-id", String.class);
        assertThat(template.requestBody(reportUri(), orderId, IletiMerkeziResponse.class).getCode()).isEqualTo(456);
    }

    @Test
    void componentHeadersFromUpstreamHaveNoEffect() {
        Exchange sent = send("Kampanya", Map.of("phone-number", "5301234506",
                "CamelIletiMerkeziOperation", "balance",
                "CamelIletiMerkeziRecipients", "5301234598",
                "CamelIletiMerkeziSender", "NOTAPPROVED",
                "CamelIletiMerkeziOrderId", "100001"));

        assertThat(sent.getException()).isNull();
        String orderId = sent.getMessage().getHeader("order-id", String.class);
        assertThat(sent.getMessage().getBody()).isInstanceOf(IletiMerkeziResponse.class);
        assertThat(sent.getMessage().getBody(IletiMerkeziResponse.class).getOrderId()).as("a send, not a balance query")
                .isEqualTo(orderId);
        assertThat(sent.getMessage().getBody(IletiMerkeziResponse.class).getBalance()).isNull();
        OrderReport report = report(orderId);
        assertThat(report.recipients()).extracting(RecipientStatus::number).containsExactly("+905301234506");
        assertThat(report.sender()).isEqualTo("SANDBOX");
        assertThat(sandbox.smsCredits()).isEqualTo(100 - 1);
    }

    @Test
    void componentHeadersAreRemovedWhateverTheirCase() {
        Exchange sent = send("Fatura hazır", Map.of("phone-number", "5301234509", "camelILETIMERKEZIoperation", "cancel",
                "CAMELILETIMERKEZISENDER", "NOTAPPROVED"));

        assertThat(sent.getException()).isNull();
        OrderReport report = report(sent.getMessage().getHeader("order-id", String.class));
        assertThat(report.sender()).isEqualTo("SANDBOX");
        assertThat(sandbox.smsCredits()).isEqualTo(100 - 1);
    }

    @Test
    void noRecipientHeaderFailsNamingBothBeforeAnyRequest() {
        long requestsBefore = sandbox.requestCount();

        Exchange sent = send("Merhaba", Map.of("phone", "5301234507", "phone-number", ""));

        assertThat(sent.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("phone-number").hasMessageContaining("ce-phonenumber");
        assertThat(sent.getMessage().getHeader("order-id")).isNull();
        assertThat(sandbox.requestCount()).isEqualTo(requestsBefore);
        assertThat(sandbox.smsCredits()).isEqualTo(100);
    }

    @Test
    void aNumberTheProviderCannotTakeFailsNamingIt() {
        long requestsBefore = sandbox.requestCount();

        Exchange sent = send("Merhaba", Map.of("phone-number", "5301234508,12"));

        assertThat(sent.getException()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("12");
        assertThat(sandbox.requestCount()).isEqualTo(requestsBefore);
    }

    @Test
    void missingCredentialsFailTheRouteAtStartNamingTheProperties() throws Exception {
        CamelContext bare = KameletRoutes.context(KameletRoutes.sandboxProperties(sandbox),
                "classpath:routes/sms-sink-without-credentials.camel.yaml");
        // no IM_* variables either, whatever the machine running the test has set
        IletiMerkeziComponent component = new IletiMerkeziComponent();
        component.setEnvironment(name -> null);
        bare.addComponent("iletimerkezi", component);
        try {
            assertThatThrownBy(bare::start).hasMessageContaining("iletimerkezi-sms-sink")
                    .rootCause().isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("publicKey").hasMessageContaining("secretKey")
                    .hasMessageContaining("username").hasMessageContaining("password");
        } finally {
            bare.stop();
        }
        assertThat(sandbox.requestCount()).isZero();
    }

    @Test
    void iysWithoutAListFailsTheRouteAtStartNamingIysList() throws Exception {
        CamelContext iys = KameletRoutes.context(KameletRoutes.sandboxProperties(sandbox));
        iys.addRoutes(new org.apache.camel.builder.RouteBuilder() {
            @Override
            public void configure() {
                from("direct:campaign").to("kamelet:iletimerkezi-sms-sink?iys=true&publicKey={{im.public-key}}"
                                           + "&secretKey={{im.secret-key}}&baseUrl={{im.base-url}}");
            }
        });
        try {
            assertThatThrownBy(iys::start).hasMessageContaining("iletimerkezi-sms-sink")
                    .rootCause().isInstanceOf(IllegalArgumentException.class).hasMessageContaining("iysList");
        } finally {
            iys.stop();
        }
    }

    private Exchange send(String text, Map<String, Object> headers) {
        return template.request("direct:sms", exchange -> {
            exchange.getMessage().setBody(text);
            exchange.getMessage().setHeaders(new java.util.HashMap<>(headers));
        });
    }

    private String reportUri() {
        return "iletimerkezi:report?throwExceptionOnFailure=false&baseUrl=" + sandbox.baseUrl() + "&publicKey="
               + sandbox.settings().publicKey() + "&secretKey=RAW(" + sandbox.settings().secretKey() + ")";
    }

    private OrderReport report(String orderId) {
        IletiMerkeziResponse response = template.requestBody(reportUri(), orderId, IletiMerkeziResponse.class);
        assertThat(response.isError()).as("report of order %s: %s", orderId, response.getMessage()).isFalse();
        return response.getReport();
    }
}
