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
package io.github.cameliletimerkezi.webhook;

import java.util.Properties;

import io.github.cameliletimerkezi.IletiMerkeziComponent;
import org.apache.camel.test.junit5.CamelContextConfiguration;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Secrets written into URIs through property placeholders ({@code password={{im.password}}},
 * {@code webhookSecret={{im.webhook.secret}}}): Camel resolves them into the endpoint URI, and masks every option whose
 * name it knows as sensitive wherever it shows one. No secret is in the endpoint URIs or keys as Camel shows them, the
 * JMX attributes, the health details, the component's own log lines or a route dump that keeps placeholders. Camel core
 * itself logs the URIs it resolves at TRACE, and a dump that resolves placeholders writes every option as resolved,
 * the password as much as the webhook secret, whatever the component: why the documentation keeps secrets out of
 * URIs.
 */
class WebhookSecretsInUrisTest extends WebhookSecretsRunSupport {

    @Override
    public void configureContext(CamelContextConfiguration camelContextConfiguration) {
        super.configureContext(camelContextConfiguration);
        Properties properties = new Properties();
        properties.setProperty("im.password", PASSWORD_VALUE);
        properties.setProperty("im.secret.key", SECRET_KEY_VALUE);
        properties.setProperty("im.webhook.secret", WEBHOOK_SECRET);
        camelContextConfiguration.withUseOverridePropertiesWithPropertiesComponent(properties);
    }

    @Override
    protected void configureComponent(IletiMerkeziComponent component) {
        component.getConfiguration().setBaseUrl(wireMock.baseUrl());
        component.getConfiguration().setSender("APITEST");
    }

    @Override
    protected String sendUri() {
        return "iletimerkezi:send?username=5551112233&password={{im.password}}";
    }

    @Override
    protected String pollUri() {
        return "iletimerkezi:report?publicKey=pk-public&secretKey={{im.secret.key}}&useOrderList=false&delay=100"
               + "&initialDelay=0";
    }

    @Override
    protected String pushUri() {
        return "iletimerkezi:webhook?path=/iletimerkezi&webhookSecret={{im.webhook.secret}}";
    }

    @Test
    void everyPlaceCamelShowsAUriMasksTheSecrets() throws Exception {
        run();

        String shown = WebhookSecretDumps.shownUris(context);
        String dumps = WebhookSecretDumps.routeDumps(context, false);
        String jmx = WebhookSecretDumps.jmxAttributes();
        String health = WebhookSecretDumps.healthDetails(context);
        assertThePlacesAreFilled(shown, jmx, health);
        assertThat(shown).contains("webhookSecret=xxxxxx").contains("password=xxxxxx").contains("secretKey=xxxxxx");
        assertThat(dumps).contains("webhookSecret={{im.webhook.secret}}");
        for (String secret : SECRETS) {
            assertThat(linesWith(shown, secret)).as("endpoint URIs and keys as shown").isEmpty();
            assertThat(linesWith(dumps, secret)).as("route dumps keeping placeholders").isEmpty();
            assertThat(linesWith(jmx, secret)).as("JMX attributes").isEmpty();
            assertThat(linesWith(health, secret)).as("health details").isEmpty();
            assertThat(linesWith(LOG.text(), secret)).as("the component's loggers at TRACE")
                    .noneMatch(line -> line.startsWith("io.github.cameliletimerkezi"));
        }
        // Camel core writes the URIs it resolves at TRACE, the password as much as the webhook secret
        assertThat(linesWith(LOG.text(), PASSWORD_VALUE)).anyMatch(line -> line.startsWith("org.apache.camel.impl.engine"));
        assertThat(WebhookSecretDumps.routeDumps(context, true)).as("Camel's dumper, resolving, writes every option as resolved")
                .contains("password=" + PASSWORD_VALUE).contains("webhookSecret=" + WEBHOOK_SECRET);
    }
}
