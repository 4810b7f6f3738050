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
