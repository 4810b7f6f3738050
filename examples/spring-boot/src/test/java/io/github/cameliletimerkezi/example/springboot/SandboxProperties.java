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
        registry.add("camel.component.iletimerkezi.webhook-secret", () -> webhookSecret);
    }
}
