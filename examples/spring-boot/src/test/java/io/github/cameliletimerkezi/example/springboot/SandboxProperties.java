package io.github.cameliletimerkezi.example.springboot;

import io.github.cameliletimerkezi.sandbox.IletiMerkeziSandbox;
import org.springframework.test.context.DynamicPropertyRegistry;

/** The application's properties pointed at a sandbox, as a user would set them in application.properties. */
final class SandboxProperties {

    private SandboxProperties() {
    }

    static void register(DynamicPropertyRegistry registry, IletiMerkeziSandbox sandbox, String webhookSecret) {
        registry.add("camel.component.iletimerkezi.base-url", sandbox::baseUrl);
        registry.add("camel.component.iletimerkezi.username", () -> sandbox.settings().username());
        registry.add("camel.component.iletimerkezi.password", () -> sandbox.settings().password());
        registry.add("camel.component.iletimerkezi.sender", () -> sandbox.settings().senders().iterator().next());
        registry.add("sms.report-delay", () -> "100ms");
        registry.add("IM_WEBHOOK_SECRET", () -> webhookSecret);
    }
}
