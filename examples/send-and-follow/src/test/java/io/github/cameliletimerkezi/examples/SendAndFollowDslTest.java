package io.github.cameliletimerkezi.examples;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.github.cameliletimerkezi.model.DeliveryUpdate;
import io.github.cameliletimerkezi.model.OrderUpdate;
import io.github.cameliletimerkezi.sandbox.IletiMerkeziSandbox;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each DSL version of the example, loaded and run by camel-main against an embedded sandbox. Credentials reach the
 * routes through properties (camel.component.iletimerkezi.*), never as literals in a route.
 */
class SendAndFollowDslTest {

    private IletiMerkeziSandbox sandbox;
    private Main main;

    @BeforeEach
    void startSandbox() {
        sandbox = IletiMerkeziSandbox.builder().deliveryDelay(Duration.ofMillis(300)).failureRatio(0.34).seed(3).start();
    }

    @AfterEach
    void stop() {
        if (main != null) {
            main.stop();
        }
        sandbox.stop();
    }

    @ParameterizedTest(name = "{0} DSL")
    @ValueSource(strings = { "java", "yaml", "xml" })
    void sendsAndFollowsEveryRecipientToTheEnd(String dsl) throws Exception {
        main = new Main();
        SendAndFollowApplication.configure(main, dsl);
        // the secrets are properties of their own, referenced by placeholder, as in a real deployment
        main.addOverrideProperty("sandbox.username", sandbox.settings().username());
        main.addOverrideProperty("sandbox.password", sandbox.settings().password());
        main.addOverrideProperty("camel.component.iletimerkezi.baseUrl", sandbox.baseUrl());
        main.addOverrideProperty("camel.component.iletimerkezi.username", "{{sandbox.username}}");
        main.addOverrideProperty("camel.component.iletimerkezi.password", "{{sandbox.password}}");
        // routes start once the mock expects its messages
        main.addOverrideProperty("camel.main.autoStartup", "false");
        main.addOverrideProperty("send.delay", "0");
        main.addOverrideProperty("report.delay", "100");
        main.addOverrideProperty("message.text", "Merhaba from the " + dsl + " DSL");
        main.addOverrideProperty("updates.uri", "mock:updates");
        main.start();

        MockEndpoint updates = main.getCamelContext().getEndpoint("mock:updates", MockEndpoint.class);
        updates.expectedMessageCount(4);
        main.getCamelContext().getRouteController().startAllRoutes();
        MockEndpoint.assertIsSatisfied(15, TimeUnit.SECONDS, updates);

        List<Object> bodies = updates.getReceivedExchanges().stream().map(e -> e.getMessage().getBody()).toList();
        assertThat(bodies).filteredOn(DeliveryUpdate.class::isInstance).extracting(b -> ((DeliveryUpdate) b).number())
                .containsExactlyInAnyOrder("+905301234567", "+905301234568", "+905301234569");
        assertThat(bodies.get(3)).isInstanceOfSatisfying(OrderUpdate.class, o -> assertThat(o.total()).isEqualTo(3));
        assertThat(main.getCamelContext().getRoutes()).hasSize(2);
    }
}
