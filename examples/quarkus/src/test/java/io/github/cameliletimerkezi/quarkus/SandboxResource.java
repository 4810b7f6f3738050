package io.github.cameliletimerkezi.quarkus;

import java.time.Duration;
import java.util.Map;

import io.github.cameliletimerkezi.sandbox.IletiMerkeziSandbox;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** Starts the sandbox before the application and points the component at it through its configuration. */
public class SandboxResource implements QuarkusTestResourceLifecycleManager {

    static IletiMerkeziSandbox sandbox;

    @Override
    public Map<String, String> start() {
        sandbox = IletiMerkeziSandbox.builder().deliveryDelay(Duration.ofMillis(200)).smsCredits(100).start();
        return Map.of(
                "camel.component.iletimerkezi.base-url", sandbox.baseUrl(),
                "camel.component.iletimerkezi.public-key", sandbox.settings().publicKey(),
                "camel.component.iletimerkezi.secret-key", sandbox.settings().secretKey(),
                "camel.component.iletimerkezi.sender", "SANDBOX");
    }

    @Override
    public void stop() {
        if (sandbox != null) {
            sandbox.stop();
        }
    }
}
