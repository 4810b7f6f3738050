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

import io.github.cameliletimerkezi.IletiMerkeziComponent;
import io.github.cameliletimerkezi.model.IletiMerkeziResponse;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.util.VersionInfo;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The component in a Camel Quarkus application (JVM mode): Quarkus finds it through the jar's Jandex index, binds the
 * camel.component.iletimerkezi.* configuration, and the route sends to the sandbox through the HttpClient 5 the Camel
 * Quarkus BOM manages.
 */
@QuarkusTest
@QuarkusTestResource(SandboxResource.class)
class IletiMerkeziQuarkusTest {

    @Inject
    CamelContext context;

    @Inject
    ProducerTemplate template;

    @Test
    void theComponentIsDiscoveredAndConfigured() {
        assertThat(context.getComponent("iletimerkezi")).isInstanceOf(IletiMerkeziComponent.class);
        assertThat(context.getRoute("notify")).isNotNull();
    }

    @Test
    void runsOnTheHttpClientCamelQuarkusManages() {
        // 5.5.x: the version the Camel Quarkus BOM manages, older than the one the component is built with
        assertThat(VersionInfo.getSoftwareInfo("Apache-HttpClient", "org.apache.hc.client5", HttpClients.class))
                .contains("/5.5.");
    }

    @Test
    void aRouteSendsAnSmsToTheSandbox() {
        long creditsBefore = SandboxResource.sandbox.smsCredits();

        IletiMerkeziResponse response = template.requestBodyAndHeader("direct:notify", "Siparişiniz hazır",
                "CamelIletiMerkeziRecipients", "5301234567,5301234568", IletiMerkeziResponse.class);

        assertThat(response.isError()).isFalse();
        assertThat(response.getOrderId()).isNotBlank();
        assertThat(SandboxResource.sandbox.smsCredits()).isEqualTo(creditsBefore - 2);
    }
}
