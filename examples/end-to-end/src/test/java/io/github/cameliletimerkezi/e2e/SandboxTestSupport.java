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
import java.util.Map;

import io.github.cameliletimerkezi.IletiMerkeziComponent;
import io.github.cameliletimerkezi.sandbox.IletiMerkeziSandbox;
import io.github.cameliletimerkezi.sandbox.SandboxClock;
import org.apache.camel.CamelContext;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterEach;

/**
 * A CamelContext whose iletimerkezi component talks to a fresh sandbox with a frozen clock, through an API key.
 */
abstract class SandboxTestSupport extends CamelTestSupport {

    protected final SandboxClock clock = new SandboxClock().freeze();
    protected IletiMerkeziSandbox sandbox;

    @Override
    protected CamelContext createCamelContext() throws Exception {
        sandbox = IletiMerkeziSandbox.builder().clock(clock).deliveryDelay(Duration.ofSeconds(1)).failureRatio(0)
                .smsCredits(smsCredits()).start();
        CamelContext context = super.createCamelContext();
        IletiMerkeziComponent component = new IletiMerkeziComponent();
        component.setEnvironment(Map.of("IM_ENDPOINT", sandbox.baseUrl(), "IM_PUBLIC_KEY", sandbox.settings().publicKey(),
                "IM_SECRET_KEY", sandbox.settings().secretKey(), "IM_SENDER", "SANDBOX")::get);
        context.addComponent("iletimerkezi", component);
        return context;
    }

    /** The SMS credits the sandbox account starts with. */
    protected long smsCredits() {
        return 1000;
    }

    @AfterEach
    void stopSandbox() {
        sandbox.stop();
    }
}
