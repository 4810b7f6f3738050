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

import java.util.Map;

import io.github.cameliletimerkezi.IletiMerkeziComponent;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The documented setup: secrets from the {@code IM_*} environment and the component's options, none in a URI. With
 * the routes dumped at start as Camel's {@code dumpRoutes} does (placeholders resolved), no secret (password, secret
 * key and the hash derived from it, API hash, webhook secrets) is in the endpoint URIs or registry keys, even
 * unmasked, the route dumps, the JMX attributes, the health details or the TRACE log, but for the request line the
 * HTTP server (Vert.x) logs at TRACE: the webhook's secret is the address the provider calls, and is in every request
 * log of the server, as it would be in an access log.
 */
class WebhookSecretsFromEnvironmentTest extends WebhookSecretsRunSupport {

    private static final String VERTX_REQUEST_LOG = "io.vertx.ext.web.impl.RouterImpl ";

    @Override
    protected void configureComponent(IletiMerkeziComponent component) {
        component.getConfiguration().setBaseUrl(wireMock.baseUrl());
        component.getConfiguration().setSender("APITEST");
        component.getConfiguration().setSecretKey(SECRET_KEY_VALUE);
    }

    @Override
    protected Map<String, String> environment() {
        return Map.of("IM_USERNAME", "5551112233", "IM_PASSWORD", PASSWORD_VALUE, "IM_WEBHOOK_SECRET", WEBHOOK_SECRET);
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.setDumpRoutes("xml");
        return context;
    }

    @Override
    protected String sendUri() {
        return "iletimerkezi:send";
    }

    @Override
    protected String pollUri() {
        return "iletimerkezi:report?publicKey=pk-public&useOrderList=false&delay=100&initialDelay=0";
    }

    @Override
    protected String pushUri() {
        return "iletimerkezi:webhook?path=/iletimerkezi";
    }

    @Test
    void noSecretInUrisKeysDumpsJmxHealthOrTheTraceLog() throws Exception {
        run();

        String shown = WebhookSecretDumps.shownUris(context);
        String raw = WebhookSecretDumps.rawUris(context);
        String dumps = WebhookSecretDumps.routeDumps(context, true) + WebhookSecretDumps.routeDumps(context, false);
        String jmx = WebhookSecretDumps.jmxAttributes();
        String health = WebhookSecretDumps.healthDetails(context);
        assertThePlacesAreFilled(shown, jmx, health);
        assertThat(LOG.text()).as("the dump at start ran").contains("<route").contains("iletimerkezi:webhook?path=/iletimerkezi");
        // the provider calls the secret address, so the HTTP server's request log at TRACE holds it, as an access log would
        assertThat(linesWith(LOG.text(), WEBHOOK_SECRET)).isNotEmpty().allSatisfy(line -> assertThat(line)
                .startsWith(VERTX_REQUEST_LOG));
        for (String secret : SECRETS) {
            assertThat(linesWith(shown, secret)).as("endpoint URIs and keys as shown").isEmpty();
            assertThat(linesWith(raw, secret)).as("endpoint URIs and keys as held").isEmpty();
            assertThat(linesWith(dumps, secret)).as("route dumps").isEmpty();
            assertThat(linesWith(jmx, secret)).as("JMX attributes").isEmpty();
            assertThat(linesWith(health, secret)).as("health details").isEmpty();
            assertThat(linesWith(LOG.text(), secret)).as("every logger at TRACE but the HTTP server's request log")
                    .allSatisfy(line -> assertThat(line).startsWith(VERTX_REQUEST_LOG));
        }
    }
}
