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

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.github.cameliletimerkezi.IletiMerkeziComponent;
import io.github.cameliletimerkezi.model.DeliveryUpdate;
import io.github.cameliletimerkezi.model.OrderUpdate;
import io.github.cameliletimerkezi.sandbox.IletiMerkeziSandbox;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each DSL version of the example, loaded and run by camel-main against an embedded sandbox. Credentials reach the
 * component the way the example tells users to give them: as IM_* environment variables (here the component's
 * environment, filled from the sandbox), never as properties or literals in a route.
 */
class SendAndFollowDslTest {

    private final ByteArrayOutputStream logged = new ByteArrayOutputStream();
    private PrintStream originalErr;
    private IletiMerkeziSandbox sandbox;
    private Main main;

    @TempDir
    Path orders;

    @BeforeEach
    void startSandbox() {
        sandbox = IletiMerkeziSandbox.builder().deliveryDelay(Duration.ofMillis(300)).failureRatio(0.34).seed(3).start();
        // slf4j-simple writes to whatever System.err is when it logs: keep what Camel logs to read it afterwards
        originalErr = System.err;
        System.setErr(new PrintStream(logged, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void stop() {
        if (main != null) {
            main.stop();
        }
        sandbox.stop();
        System.setErr(originalErr);
        System.err.print(logged.toString(StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "{0} DSL")
    @ValueSource(strings = { "java", "yaml", "xml" })
    void sendsAndFollowsEveryRecipientToTheEnd(String dsl) throws Exception {
        startMain(dsl);
        MockEndpoint updates = main.getCamelContext().getEndpoint("mock:updates", MockEndpoint.class);
        updates.expectedMessageCount(4);
        main.getCamelContext().getRouteController().startAllRoutes();
        MockEndpoint.assertIsSatisfied(15, TimeUnit.SECONDS, updates);

        List<Object> bodies = updates.getReceivedExchanges().stream().map(e -> e.getMessage().getBody()).toList();
        assertThat(bodies).filteredOn(DeliveryUpdate.class::isInstance).extracting(b -> ((DeliveryUpdate) b).number())
                .containsExactlyInAnyOrder("+905301234567", "+905301234568", "+905301234569");
        assertThat(bodies.get(3)).isInstanceOfSatisfying(OrderUpdate.class, o -> assertThat(o.total()).isEqualTo(3));
        assertThat(main.getCamelContext().getRoutes()).hasSize(dsl.equals("yaml") ? 3 : 2);
        assertNoWarningsLogged();
    }

    @Test
    void theThreeDslsRunOneAfterAnotherWithoutTheDuplicateRule() throws Exception {
        // each run lasts past its delivery delay, a second, so the next one's text names a later time
        sandbox.stop();
        sandbox = IletiMerkeziSandbox.builder().deliveryDelay(Duration.ofMillis(1100)).failureRatio(0).start();
        for (String dsl : List.of("java", "yaml", "xml", "java")) {
            startMain(dsl, false);
            MockEndpoint updates = main.getCamelContext().getEndpoint("mock:updates", MockEndpoint.class);
            updates.expectedMessageCount(4);
            main.getCamelContext().getRouteController().startRoute("follow");
            main.getCamelContext().getRouteController().startRoute("send");
            MockEndpoint.assertIsSatisfied(15, TimeUnit.SECONDS, updates);
            main.stop();
            main = null;
        }
        assertThat(sandbox.smsCredits()).as("four orders of three recipients, none refused as a duplicate")
                .isEqualTo(10_000 - 4 * 3);
        assertNoWarningsLogged();
    }

    @Test
    void aJsonFileBecomesAMapBodyAndIsSent() throws Exception {
        startMain("yaml");
        main.getCamelContext().getRouteController().startRoute("follow");
        MockEndpoint updates = main.getCamelContext().getEndpoint("mock:updates", MockEndpoint.class);
        updates.expectedMessageCount(3);
        Files.writeString(orders.resolve("cargo.json"),
                "{\"text\": \"Kargonuz yolda\", \"phones\": [\"5301234570\", \"05301234571\"]}", StandardCharsets.UTF_8);

        main.getCamelContext().getRouteController().startRoute("send-json-files");

        MockEndpoint.assertIsSatisfied(15, TimeUnit.SECONDS, updates);
        List<Object> bodies = updates.getReceivedExchanges().stream().map(e -> e.getMessage().getBody()).toList();
        assertThat(bodies).filteredOn(DeliveryUpdate.class::isInstance).extracting(b -> ((DeliveryUpdate) b).number())
                .containsExactlyInAnyOrder("+905301234570", "+905301234571");
        assertThat(bodies.get(2)).isInstanceOfSatisfying(OrderUpdate.class, o -> assertThat(o.total()).isEqualTo(2));
        assertThat(orders.resolve("sent/cargo.json")).exists();
        assertNoWarningsLogged();
    }

    private void startMain(String dsl) {
        startMain(dsl, true);
    }

    private void startMain(String dsl, boolean ownText) {
        main = new Main();
        SendAndFollowApplication.configure(main, dsl);
        IletiMerkeziComponent component = new IletiMerkeziComponent();
        Map<String, String> environment = Map.of("IM_ENDPOINT", sandbox.baseUrl(),
                "IM_USERNAME", sandbox.settings().username(), "IM_PASSWORD", sandbox.settings().password());
        component.setEnvironment(environment::get);
        main.bind("iletimerkezi", component);
        // routes start once the mock expects its messages
        main.addOverrideProperty("camel.main.autoStartup", "false");
        main.addOverrideProperty("send.delay", "0");
        main.addOverrideProperty("report.delay", "100");
        if (ownText) {
            main.addOverrideProperty("message.text", "Merhaba from the " + dsl + " DSL");
        }
        main.addOverrideProperty("updates.uri", "mock:updates");
        main.addOverrideProperty("orders.dir", orders.toString());
        main.start();
    }

    /** Neither Camel's YAML compact-notation warning nor its plain-text-secret warning, nor any other. */
    private void assertNoWarningsLogged() {
        assertThat(logged.toString(StandardCharsets.UTF_8)).doesNotContain("WARN").doesNotContain("SECURITY")
                .doesNotContain("compact notation");
    }
}
