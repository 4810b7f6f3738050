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
package io.github.cameliletimerkezi;

import java.util.HashMap;
import java.util.Map;

import io.github.cameliletimerkezi.client.Credentials;
import io.github.cameliletimerkezi.api.HttpIletiMerkeziClient;
import org.apache.camel.ResolveEndpointFailedException;
import org.apache.camel.util.URISupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Where option values come from (header, URI, component, environment, default) and what fails at endpoint creation.
 */
class ConfigurationTest extends IletiMerkeziTestSupport {

    private final Map<String, String> environment = new HashMap<>();

    @Override
    protected void configureComponent(IletiMerkeziComponent component) {
        // nothing on the component: every test decides where values come from
    }

    @Override
    protected Map<String, String> environment() {
        return environment;
    }

    @BeforeEach
    void environmentPointsAtWireMock() {
        environment.clear();
        environment.put("IM_ENDPOINT", wireMock.baseUrl());
        environment.put("IM_USERNAME", "env-user");
        environment.put("IM_PASSWORD", "env-pass");
        environment.put("IM_SENDER", "ENVSENDER");
        wireMock.stubFor(post("/send-sms").willReturn(sampleAnswer(200, "send-success.xml")));
    }

    @Test
    void everyOptionFallsBackToItsEnvironmentVariable() {
        environment.put("IM_PUBLIC_KEY", "public_key");
        environment.put("IM_SECRET_KEY", "secret_key");

        IletiMerkeziEndpoint endpoint = context.getEndpoint("iletimerkezi:send", IletiMerkeziEndpoint.class);

        IletiMerkeziConfiguration configuration = endpoint.getConfiguration();
        assertThat(configuration.getBaseUrl()).isEqualTo(wireMock.baseUrl());
        assertThat(configuration.getSender()).isEqualTo("ENVSENDER");
        assertThat(configuration.getUsername()).isEqualTo("env-user");
        assertThat(configuration.getPassword()).isEqualTo("env-pass");
        assertThat(ClientOptions.credentials(configuration)).isEqualTo(Credentials.apiKeyWithSecret("public_key", "secret_key"));
    }

    @Test
    void apiHashFromTheEnvironmentIsUsedAsItIs() {
        environment.put("IM_PUBLIC_KEY", "pk");
        environment.put("IM_API_HASH", "ready-made");

        IletiMerkeziEndpoint endpoint = context.getEndpoint("iletimerkezi:send", IletiMerkeziEndpoint.class);

        assertThat(ClientOptions.credentials(endpoint.getConfiguration())).isEqualTo(Credentials.apiKey("pk", "ready-made"));
    }

    @Test
    void baseUrlDefaultsToTheProvidersApi() {
        environment.remove("IM_ENDPOINT");

        IletiMerkeziEndpoint endpoint = context.getEndpoint("iletimerkezi:balance", IletiMerkeziEndpoint.class);

        assertThat(endpoint.getConfiguration().getBaseUrl()).isEqualTo("https://api.iletimerkezi.com/v1");
        assertThat(endpoint.getServiceUrl()).isEqualTo("https://api.iletimerkezi.com/v1");
    }

    @Test
    void headerBeatsUriBeatsComponentBeatsEnvironment() {
        IletiMerkeziComponent component = context.getComponent("iletimerkezi", IletiMerkeziComponent.class);
        component.getConfiguration().setSender("COMPONENT");

        send("iletimerkezi:send?sender=URI", null);
        send("iletimerkezi:send?sender=URI", "HEADER");
        send("iletimerkezi:send", null);
        component.getConfiguration().setSender(null);
        send("iletimerkezi:send?connectTimeout=5s", null);

        assertThat(wireMock.findAll(postRequestedFor(urlEqualTo("/send-sms"))))
                .extracting(r -> r.getBodyAsString().replaceAll(".*<sender>([^<]*)</sender>.*", "$1"))
                .containsExactly("URI", "HEADER", "COMPONENT", "ENVSENDER");
    }

    @Test
    void tokenCredentialsWinOverUsernameAndPassword() {
        context.getEndpoint("iletimerkezi:send?publicKey=public_key&secretKey=secret_key");

        send("iletimerkezi:send?publicKey=public_key&secretKey=secret_key", null);

        wireMock.verify(postRequestedFor(urlEqualTo("/send-sms"))
                .withRequestBody(containing("<authentication><key>public_key</key>"))
                .withRequestBody(containing("b6a736a4b6739ac56db7e903b0ef55bda82fca63fac55d4bd1d6d62c54888b22")));
    }

    @Test
    void missingCredentialsFailAtCreationNamingOptionsAndVariables() {
        environment.remove("IM_USERNAME");
        environment.remove("IM_PASSWORD");

        assertCreationFails("iletimerkezi:balance", "No İleti Merkezi credentials", "publicKey", "secretKey", "apiHash",
                "IM_PUBLIC_KEY", "IM_SECRET_KEY", "IM_API_HASH", "username", "password", "IM_USERNAME", "IM_PASSWORD");
        assertCreationFails("iletimerkezi:balance?publicKey=pk", "neither secretKey (IM_SECRET_KEY) nor apiHash (IM_API_HASH)");
        assertCreationFails("iletimerkezi:balance?apiHash=h", "publicKey (IM_PUBLIC_KEY) is not");
        assertCreationFails("iletimerkezi:balance?username=u", "password (IM_PASSWORD) is missing");
    }

    @Test
    void theEndpointShowsTheApiHashMaskedWithoutChangingCamelsJvmWideList() {
        assertThat(context.getEndpoint("iletimerkezi:balance?publicKey=pk&apiHash=ah-S3cr3t-d04e").toString())
                .contains("apiHash=xxxxxx").doesNotContain("ah-S3cr3t-d04e");
        // the list URISupport masks by is one per JVM: a component adding to it would change every other context's
        assertThat(URISupport.sanitizeUri("other:thing?apiHash=visible")).contains("apiHash=visible");
    }

    @Test
    void theServiceProtocolFollowsTheAddress() {
        assertThat(context.getEndpoint("iletimerkezi:balance?baseUrl=https://api.iletimerkezi.com/v1",
                IletiMerkeziEndpoint.class).getServiceProtocol()).isEqualTo("https");
        assertThat(context.getEndpoint("iletimerkezi:balance?baseUrl=http://localhost:8080/v1",
                IletiMerkeziEndpoint.class).getServiceProtocol()).isEqualTo("http");
    }

    @Test
    void accountNeedsUsernameAndPassword() {
        environment.remove("IM_USERNAME");
        environment.remove("IM_PASSWORD");

        assertCreationFails("iletimerkezi:account?accountUrl=http://localhost/x&publicKey=pk&apiHash=h",
                "needs username and password");
    }

    @Test
    void durationsAcceptUnits() {
        IletiMerkeziEndpoint endpoint
                = context.getEndpoint("iletimerkezi:balance?connectTimeout=500ms&readTimeout=2m", IletiMerkeziEndpoint.class);

        assertThat(endpoint.getConfiguration().getConnectTimeout()).isEqualTo(500);
        assertThat(endpoint.getConfiguration().getReadTimeout()).isEqualTo(120_000);
    }

    @Test
    void endpointsWithEqualConnectionSettingsShareOnePool() throws Exception {
        IletiMerkeziComponent component = context.getComponent("iletimerkezi", IletiMerkeziComponent.class);
        for (String uri : new String[] {
                "iletimerkezi:send", "iletimerkezi:balance", "iletimerkezi:report?sender=X", "iletimerkezi:senders?readTimeout=5s" }) {
            context.getEndpoint(uri).start();
        }

        assertThat(component.poolCount()).isEqualTo(2);
        assertThat(context.getEndpoint("iletimerkezi:send", IletiMerkeziEndpoint.class).getClient())
                .isInstanceOf(HttpIletiMerkeziClient.class);
    }

    private void send(String uri, String senderHeader) {
        template.request(uri, e -> {
            e.getMessage().setBody("Merhaba");
            e.getMessage().setHeader(IletiMerkeziConstants.RECIPIENTS, PHONE);
            if (senderHeader != null) {
                e.getMessage().setHeader(IletiMerkeziConstants.SENDER, senderHeader);
            }
        });
    }

    private void assertCreationFails(String uri, String... parts) {
        assertThatThrownBy(() -> context.getEndpoint(uri)).isInstanceOf(ResolveEndpointFailedException.class)
                .rootCause().isInstanceOf(IllegalArgumentException.class).message().contains(parts);
    }
}
