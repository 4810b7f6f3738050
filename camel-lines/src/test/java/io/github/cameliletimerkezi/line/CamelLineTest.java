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
package io.github.cameliletimerkezi.line;

import java.util.Map;

import io.github.cameliletimerkezi.IletiMerkeziComponent;
import io.github.cameliletimerkezi.IletiMerkeziConstants;
import io.github.cameliletimerkezi.IletiMerkeziEndpointConfigurer;
import io.github.cameliletimerkezi.model.IletiMerkeziResponse;
import io.github.cameliletimerkezi.sandbox.IletiMerkeziSandbox;
import org.apache.camel.CamelContext;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The artifact of one Camel line, on that line's runtime: the running Camel is the one the module is built for, the
 * configurers in use are the ones this line generated, and an SMS sent through a route reaches the sandbox.
 */
class CamelLineTest extends CamelTestSupport {

    private IletiMerkeziSandbox sandbox;

    @Override
    protected CamelContext createCamelContext() throws Exception {
        sandbox = IletiMerkeziSandbox.builder().smsCredits(100).start();
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

    @Test
    void runsOnTheCamelLineItIsBuiltFor() {
        String line = System.getProperty("camel.line.version");
        assertThat(line).as("camel.line.version, set by the line module's surefire configuration").isNotBlank();
        assertThat(context.getVersion()).isEqualTo(line);
        assertThat(CamelContext.class.getPackage().getImplementationVersion()).isEqualTo(line);
    }

    @Test
    void usesTheConfigurersGeneratedForThisLine() {
        IletiMerkeziComponent component = context.getComponent("iletimerkezi", IletiMerkeziComponent.class);
        assertThat(component.getEndpointPropertyConfigurer()).isInstanceOf(IletiMerkeziEndpointConfigurer.class);
    }

    @Test
    void sendsAnSmsToTheSandbox() {
        long creditsBefore = sandbox.smsCredits();

        IletiMerkeziResponse answer = template.requestBodyAndHeader("iletimerkezi:send", "Kargonuz yolda",
                IletiMerkeziConstants.RECIPIENTS, "5301234501", IletiMerkeziResponse.class);

        assertThat(answer.isError()).as(answer.toString()).isFalse();
        assertThat(answer.getCode()).isEqualTo(200);
        assertThat(answer.getOrderId()).isNotBlank();
        assertThat(sandbox.smsCredits()).isEqualTo(creditsBefore - 1);
    }
}
