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
package io.github.cameliletimerkezi.webhook;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.github.cameliletimerkezi.CapturedLog;
import io.github.cameliletimerkezi.IletiMerkeziComponent;
import io.github.cameliletimerkezi.IletiMerkeziConstants;
import io.github.cameliletimerkezi.ReportXml;
import io.github.cameliletimerkezi.client.Credentials;
import io.github.cameliletimerkezi.model.DeliveryUpdate;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.junit5.TestExecutionConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A run that sends, polls and receives pushes with JMX on, health checks on and every logger at TRACE (captured from
 * before the context starts): routes {@code send}, {@code poll}, {@code push} (under /iletimerkezi), and
 * {@code push-env} (under /env) and {@code balance} on component {@code imenv}, whose public key, API hash and webhook
 * secret come from its environment. Where the secrets of the first three come from is what the subclasses vary.
 */
abstract class WebhookSecretsRunSupport extends WebhookTestSupport {

    protected static final String PASSWORD_VALUE = "pw-S3cr3t-51aa";
    protected static final String SECRET_KEY_VALUE = "sk-S3cr3t-0b7d";
    protected static final String DERIVED_HASH = Credentials.hmacSha256Hex(SECRET_KEY_VALUE, "pk-public");
    protected static final String API_HASH_VALUE = "ah-S3cr3t-9c33";
    protected static final String WEBHOOK_SECRET = "Pq7r2Ws9Kd4Lm8Zx";
    protected static final String ENV_WEBHOOK_SECRET = "Ev3n9Tq2Bx7Hc5Jw";
    protected static final List<String> SECRETS = List.of(PASSWORD_VALUE, SECRET_KEY_VALUE, DERIVED_HASH, API_HASH_VALUE,
            WEBHOOK_SECRET, ENV_WEBHOOK_SECRET);

    protected static CapturedLog LOG;

    @BeforeAll
    static void captureEverythingAtTrace() {
        LOG = new CapturedLog();
        LOG.start();
    }

    @AfterAll
    static void restoreLogging() {
        LOG.stop();
    }

    @Override
    public void configureTest(TestExecutionConfiguration testConfiguration) {
        super.configureTest(testConfiguration);
        testConfiguration.withEnableJMX();
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        IletiMerkeziComponent fromEnvironment = new IletiMerkeziComponent();
        fromEnvironment.setEnvironment(Map.of("IM_ENDPOINT", wireMock.baseUrl(), "IM_PUBLIC_KEY", "pk-env",
                "IM_API_HASH", API_HASH_VALUE, "IM_WEBHOOK_SECRET", ENV_WEBHOOK_SECRET)::get);
        context.addComponent("imenv", fromEnvironment);
        return context;
    }

    /** The send endpoint, the report consumer's and the webhook's, with their secrets as the subclass gives them. */
    protected abstract String sendUri();

    protected abstract String pollUri();

    protected abstract String pushUri();

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:send").routeId("send").to(sendUri());
                from(pollUri()).routeId("poll").to("mock:updates");
                from(pushUri()).routeId("push").to("mock:pushes");
                from("imenv:webhook?path=/env").routeId("push-env").to("mock:pushes");
                from("direct:balance").routeId("balance").to("imenv:balance");
            }
        };
    }

    /** The routes restart once the health repositories are in, so their consumers and producers register checks. */
    @BeforeEach
    void installHealthChecks() throws Exception {
        WebhookSecretDumps.installHealthChecks(context);
        for (String route : new String[] { "send", "poll", "balance" }) {
            context.getRouteController().stopRoute(route);
            context.getRouteController().startRoute(route);
        }
    }

    /** Sends an order, waits for the poll to report it, pushes to both webhooks and reads a balance. */
    protected void run() throws Exception {
        wireMock.stubFor(post("/send-sms").willReturn(xmlAnswer(200, "<response><status><code>200</code>"
                + "<message>İşlem başarılı</message></status><order><id>900</id></order></response>")));
        wireMock.stubFor(post("/get-report").willReturn(xmlAnswer(200, ReportXml.page("900", 114, List.of(111), 1, 1000))));
        wireMock.stubFor(post("/get-balance").willReturn(sampleAnswer(200, "balance.xml")));
        MockEndpoint pushes = getMockEndpoint("mock:pushes");
        pushes.expectedMessageCount(2);

        Exchange sent = template.request("direct:send", e -> {
            e.getMessage().setBody("Merhaba");
            e.getMessage().setHeader(IletiMerkeziConstants.RECIPIENTS, PHONE);
        });
        assertThat(sent.getException()).isNull();
        await().atMost(10, TimeUnit.SECONDS).until(() -> getMockEndpoint("mock:updates").getReceivedExchanges().stream()
                .anyMatch(e -> e.getMessage().getBody() instanceof DeliveryUpdate));
        assertThat(push("/iletimerkezi/" + WEBHOOK_SECRET, report("900", "delivered", "+905301234560"))).isEqualTo(200);
        assertThat(push("/env/" + ENV_WEBHOOK_SECRET, report("901", "delivered", "+905301234561"))).isEqualTo(200);
        pushes.assertIsSatisfied();
        assertThat(template.request("direct:balance", e -> {
        }).getException()).isNull();
    }

    /** The lines of a text that hold the secret: an assertion on them names where it leaked. */
    protected static List<String> linesWith(String text, String secret) {
        return text.lines().filter(line -> line.contains(secret)).toList();
    }

    /** Asserts that the places hold what they should, so a search that finds nothing means something. */
    protected void assertThePlacesAreFilled(String shownUris, String jmx, String health) {
        assertThat(shownUris).contains("iletimerkezi://webhook").contains("imenv://balance");
        assertThat(jmx).as("JMX holds the endpoints").contains("iletimerkezi://webhook").contains("imenv://balance");
        assertThat(health).as("health holds checks of every kind").contains("producer:").contains("consumer:")
                .contains("route:push");
        assertThat(LOG.text()).as("TRACE shows the requests, masked").contains("<password>xxxxxx</password>");
    }
}
