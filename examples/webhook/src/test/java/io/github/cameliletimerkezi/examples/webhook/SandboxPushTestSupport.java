package io.github.cameliletimerkezi.examples.webhook;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.github.cameliletimerkezi.IletiMerkeziComponent;
import io.github.cameliletimerkezi.model.DeliveryUpdate;
import io.github.cameliletimerkezi.sandbox.IletiMerkeziSandbox;
import org.apache.camel.CamelContext;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.apache.camel.test.AvailablePortFinder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterEach;

/**
 * A CamelContext with platform-http on a free port and the component pointed at a sandbox that pushes its delivery
 * reports to {@link #PATH} there, where the routes' {@code iletimerkezi:webhook} receives them.
 */
abstract class SandboxPushTestSupport extends CamelTestSupport {

    static final String PATH = "/hooks/im-5e0b7c3a9d1f4826";

    protected IletiMerkeziSandbox sandbox;

    @Override
    protected CamelContext createCamelContext() throws Exception {
        int port = AvailablePortFinder.getNextAvailable();
        sandbox = IletiMerkeziSandbox.builder().deliveryDelay(deliveryDelay()).failureRatio(0)
                .pushUrl("http://127.0.0.1:" + port + PATH).start();
        CamelContext context = super.createCamelContext();
        VertxPlatformHttpServerConfiguration server = new VertxPlatformHttpServerConfiguration();
        server.setBindPort(port);
        context.addService(new VertxPlatformHttpServer(server));
        IletiMerkeziComponent component = new IletiMerkeziComponent();
        component.setEnvironment(Map.of("IM_ENDPOINT", sandbox.baseUrl(), "IM_USERNAME", sandbox.settings().username(),
                "IM_PASSWORD", sandbox.settings().password(), "IM_SENDER", "SANDBOX")::get);
        context.addComponent("iletimerkezi", component);
        return context;
    }

    /** When the sandbox's ordinary recipients get their report. */
    protected abstract Duration deliveryDelay();

    @AfterEach
    void stopSandbox() {
        if (sandbox != null) {
            sandbox.stop();
        }
    }

    static List<DeliveryUpdate> deliveries(MockEndpoint updates) {
        return updates.getReceivedExchanges().stream().map(exchange -> exchange.getMessage().getBody())
                .filter(DeliveryUpdate.class::isInstance).map(DeliveryUpdate.class::cast).toList();
    }
}
