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
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.github.cameliletimerkezi.IletiMerkeziComponent;
import io.github.cameliletimerkezi.IletiMerkeziConstants;
import io.github.cameliletimerkezi.client.IletiMerkeziException;
import io.github.cameliletimerkezi.model.DeliveryUpdate;
import io.github.cameliletimerkezi.model.IletiMerkeziResponse;
import io.github.cameliletimerkezi.model.OrderUpdate;
import io.github.cameliletimerkezi.sandbox.IletiMerkeziSandbox;
import io.github.cameliletimerkezi.sandbox.SandboxClock;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Route;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.support.ScheduledPollConsumer;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The component against the embedded sandbox: every operation, both credential kinds, the report consumer following
 * sent orders to the end, and every error the sandbox models, either answered by the sandbox or refused by the
 * component before a request was made.
 */
class ComponentAgainstSandboxTest extends CamelTestSupport {

    private final SandboxClock clock = new SandboxClock();
    private IletiMerkeziSandbox sandbox;

    @Override
    protected CamelContext createCamelContext() throws Exception {
        sandbox = IletiMerkeziSandbox.builder().clock(clock).deliveryDelay(Duration.ofMillis(300)).failureRatio(0.3)
                .seed(11).smsCredits(1000).start();
        CamelContext context = super.createCamelContext();
        IletiMerkeziComponent component = new IletiMerkeziComponent();
        component.setEnvironment(Map.of("IM_ENDPOINT", sandbox.baseUrl(), "IM_PUBLIC_KEY", sandbox.settings().publicKey(),
                "IM_SECRET_KEY", sandbox.settings().secretKey(), "IM_SENDER", "SANDBOX")::get);
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
                from("iletimerkezi:report?delay=100&initialDelay=0").to("mock:updates");
            }
        };
    }

    @Test
    void sendAndFollowEveryRecipientToTheEnd() throws Exception {
        MockEndpoint updates = getMockEndpoint("mock:updates");
        updates.expectedMessageCount(5 + 2);

        IletiMerkeziResponse one = template.requestBodyAndHeader("iletimerkezi:send", "Kargonuz yolda",
                IletiMerkeziConstants.RECIPIENTS, "5301234501,5301234502,5301234503", IletiMerkeziResponse.class);
        IletiMerkeziResponse two = template.requestBody("iletimerkezi:send", Map.of("messages", List.of(
                Map.of("text", "Siparişiniz hazır", "phones", List.of("5301234504")),
                Map.of("text", "Fatura: 120 TL & KDV", "phones", List.of("+90 530 123 45 05")))), IletiMerkeziResponse.class);

        MockEndpoint.assertIsSatisfied(10, TimeUnit.SECONDS, updates);
        List<Object> bodies = updates.getReceivedExchanges().stream().map(e -> e.getMessage().getBody()).toList();
        assertThat(bodies).filteredOn(DeliveryUpdate.class::isInstance).extracting(b -> ((DeliveryUpdate) b).number())
                .containsExactlyInAnyOrder("+905301234501", "+905301234502", "+905301234503", "+905301234504",
                        "+905301234505");
        assertThat(bodies).filteredOn(OrderUpdate.class::isInstance).extracting(b -> ((OrderUpdate) b).orderId())
                .containsExactlyInAnyOrder(one.getOrderId(), two.getOrderId());
        assertThat(sandbox.smsCredits()).isEqualTo(1000 - 5);
    }

    @Test
    void balanceSendersStatusAndReportWithUsernameAndPassword() {
        String user = "?username=" + sandbox.settings().username() + "&password=RAW(" + sandbox.settings().password() + ")";
        assertThat(template.requestBody("iletimerkezi:balance" + user, null, IletiMerkeziResponse.class).getBalance().sms())
                .isEqualTo(1000);
        assertThat(template.requestBody("iletimerkezi:senders" + user, null, IletiMerkeziResponse.class).getSenders())
                .containsExactly("APITEST", "SANDBOX");
        assertThat(template.requestBody("iletimerkezi:status" + user, null, Boolean.class)).isTrue();
        IletiMerkeziResponse sent = template.requestBodyAndHeader("iletimerkezi:send" + user, "Merhaba",
                IletiMerkeziConstants.RECIPIENTS, "5301234567", IletiMerkeziResponse.class);
        IletiMerkeziResponse report = template.requestBody("iletimerkezi:report" + user, sent, IletiMerkeziResponse.class);
        assertThat(report.getReport().total()).isEqualTo(1);
        assertThat(report.getReport().sender()).isEqualTo("SANDBOX");
    }

    @Test
    void accountInfoComesWithoutThePassword() {
        IletiMerkeziResponse account = template.requestBody("iletimerkezi:account?username=" + sandbox.settings().username()
                                                            + "&password=RAW(" + sandbox.settings().password() + ")&accountUrl="
                                                            + sandbox.accountUrl(),
                null, IletiMerkeziResponse.class);

        assertThat(account.getAccount()).containsEntry("gsm", sandbox.settings().username()).doesNotContainKey("password");
        assertThat(account.getBody()).doesNotContain(sandbox.settings().password());
    }

    @Test
    void scheduledOrderWaitsAndIsCancelledWithARefund() {
        IletiMerkeziResponse scheduled = template.requestBodyAndHeaders("iletimerkezi:send", "Yarın görüşelim",
                Map.of(IletiMerkeziConstants.RECIPIENTS, "5301234567",
                        IletiMerkeziConstants.SEND_DATE_TIME, ZonedDateTime.now().plusHours(2)),
                IletiMerkeziResponse.class);
        assertThat(sandbox.smsCredits()).isEqualTo(999);

        assertThat(codeOf("iletimerkezi:report", scheduled.getOrderId())).isEqualTo(456);
        assertThat(template.requestBody("iletimerkezi:cancel", scheduled.getOrderId(), IletiMerkeziResponse.class).isError())
                .isFalse();
        assertThat(sandbox.smsCredits()).isEqualTo(1000);
        assertThat(codeOf("iletimerkezi:cancel", scheduled.getOrderId())).isEqualTo(455);
    }

    @Test
    void errorsTheSandboxAnswers() {
        assertThat(codeOf("iletimerkezi:balance?secretKey=wrong", null)).as("wrong credentials").isEqualTo(401);
        assertThat(sendCode("iletimerkezi:send?sender=NOTAPPROVED", "Merhaba", "5301234567")).isEqualTo(450);
        assertThat(sendCode("iletimerkezi:send", "Tekrar", "5301234567")).isEqualTo(200);
        assertThat(sendCode("iletimerkezi:send", "Tekrar", "5301234567")).as("same text, same number").isEqualTo(451);
        clock.advance(Duration.ofMinutes(11));
        assertThat(sendCode("iletimerkezi:send", "Tekrar", "5301234567")).as("after 10 minutes").isEqualTo(200);
        String many = String.join(",", java.util.stream.IntStream.range(0, 1001)
                .mapToObj(i -> "53012" + String.format("%05d", i)).toList());
        assertThat(sendCode("iletimerkezi:send", "Kampanya", many)).as("balance short").isEqualTo(402);
        assertThat(codeOf("iletimerkezi:report", "424242")).isEqualTo(455);
        assertThat(codeOf("iletimerkezi:cancel", "424242")).isEqualTo(455);
        assertThat(codeOf("iletimerkezi:balance?baseUrl=" + sandbox.baseUrl() + "/nowhere", null)).isEqualTo(404);
    }

    @Test
    void errorsTheComponentRefusesBeforeTheSandboxSeesThem() {
        // the idle report consumer checks the credentials on its first poll: let that request happen first
        ScheduledPollConsumer reports = context.getRoutes().stream().map(Route::getConsumer)
                .filter(ScheduledPollConsumer.class::isInstance).map(ScheduledPollConsumer.class::cast).findFirst().orElseThrow();
        await().atMost(Duration.ofSeconds(10)).until(reports::isFirstPollDone);
        long before = sandbox.requestCount();

        assertRefused("iletimerkezi:send", "Merhaba", "12345", "recipients");
        assertRefused("iletimerkezi:send", "  ", "5301234567", "text");
        assertRefused("iletimerkezi:send", "x".repeat(155 * 8), "5301234567", "text: the message takes 9 SMS parts");
        assertRefused("iletimerkezi:send?sender=ŞİRKET", "Merhaba", "5301234567", "sender");
        assertRefused("iletimerkezi:send?sender=ABCDEFGHIJKL", "Merhaba", "5301234567", "sender");
        Exchange badTime = template.request("iletimerkezi:send", e -> {
            e.getMessage().setBody("Merhaba");
            e.getMessage().setHeader(IletiMerkeziConstants.RECIPIENTS, "5301234567");
            e.getMessage().setHeader(IletiMerkeziConstants.SEND_DATE_TIME, "2027-01-01 10:00");
        });
        assertThat(badTime.getException()).hasMessageContaining("sendDateTime");
        Exchange badPage = template.request("iletimerkezi:report", e -> {
            e.getMessage().setBody("100001");
            e.getMessage().setHeader(IletiMerkeziConstants.PAGE, 0);
        });
        assertThat(badPage.getException()).hasMessageContaining("page");

        assertThat(sandbox.requestCount()).as("the sandbox saw none of them").isEqualTo(before);
    }

    private void assertRefused(String uri, String text, String numbers, String field) {
        Exchange exchange = template.request(uri, e -> {
            e.getMessage().setBody(text);
            e.getMessage().setHeader(IletiMerkeziConstants.RECIPIENTS, numbers);
        });
        assertThat(exchange.getException()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(field);
    }

    private int sendCode(String uri, String text, String numbers) {
        Exchange exchange = template.request(uri, e -> {
            e.getMessage().setBody(text);
            e.getMessage().setHeader(IletiMerkeziConstants.RECIPIENTS, numbers);
        });
        return code(exchange);
    }

    private int codeOf(String uri, Object body) {
        return code(template.request(uri, e -> e.getMessage().setBody(body)));
    }

    private static int code(Exchange exchange) {
        IletiMerkeziException failure = exchange.getException(IletiMerkeziException.class);
        if (failure != null) {
            return failure.getStatusCode();
        }
        assertThat(exchange.getException()).isNull();
        return exchange.getMessage().getHeader(IletiMerkeziConstants.STATUS_CODE, Integer.class);
    }
}
