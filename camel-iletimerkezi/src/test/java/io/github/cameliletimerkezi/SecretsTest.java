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

import io.github.cameliletimerkezi.client.IletiMerkeziException;
import java.util.List;
import java.util.Map;

import io.github.cameliletimerkezi.client.Credentials;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.util.URISupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Secrets never reach logs (every logger at TRACE, Camel's and HttpClient's included, captured from before the
 * context starts), exception messages, {@code toString()} or the URIs Camel shows. The secrets come from the
 * {@code IM_*} environment and the component's options, as the documentation recommends: Camel core logs endpoint URIs,
 * raw and resolved, at TRACE for every component, so a secret written into a URI is out of any component's reach.
 */
class SecretsTest extends IletiMerkeziTestSupport {

    private static final String PASSWORD_VALUE = "pw-S3cr3t-9f1a";
    private static final String SECRET_KEY_VALUE = "sk-S3cr3t-77c2";
    private static final String API_HASH_VALUE = "ah-S3cr3t-d04e";
    private static final String DERIVED_HASH = Credentials.hmacSha256Hex(SECRET_KEY_VALUE, "pk-public");
    private static final List<String> SECRETS = List.of(PASSWORD_VALUE, SECRET_KEY_VALUE, API_HASH_VALUE, DERIVED_HASH);

    private static final CapturedLog LOG = new CapturedLog();

    @BeforeAll
    static void captureEverythingAtTrace() {
        LOG.start();
    }

    @AfterAll
    static void restoreLogging() {
        LOG.stop();
    }

    @Override
    protected void configureComponent(IletiMerkeziComponent component) {
        component.getConfiguration().setBaseUrl(wireMock.baseUrl());
        component.getConfiguration().setSender("APITEST");
        component.getConfiguration().setSecretKey(SECRET_KEY_VALUE);
    }

    /** The first account's password comes from IM_PASSWORD, read by the component itself. */
    @Override
    protected Map<String, String> environment() {
        return Map.of("IM_USERNAME", "5551112233", "IM_PASSWORD", PASSWORD_VALUE);
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                // a second account: a second component instance, with its key and hash from its environment
                IletiMerkeziComponent second = new IletiMerkeziComponent();
                second.setEnvironment(Map.of("IM_ENDPOINT", wireMock.baseUrl(), "IM_PUBLIC_KEY", "pk-public",
                        "IM_API_HASH", API_HASH_VALUE)::get);
                getContext().addComponent("imsecond", second);

                from("direct:password").to("iletimerkezi:send");
                from("direct:secretKey").to("iletimerkezi:send?publicKey=pk-public");
                from("direct:apiHash").to("imsecond:balance");

            }
        };
    }

    @Test
    void secretsFromTheEnvironmentAndTheComponentAppearNowhere() {
        stubAnswers();

        List<Exchange> exchanges = List.of(
                template.request("direct:password", e -> sms(e)),
                template.request("direct:secretKey", e -> sms(e)),
                template.request("direct:apiHash", e -> {
                }));

        assertThat(exchanges.get(0).getException()).isInstanceOf(IletiMerkeziException.class);
        assertThat(LOG.text()).as("TRACE logs show the requests, masked").contains("<password>xxxxxx</password>")
                .contains("<hash>xxxxxx</hash>").contains("POST " + wireMock.baseUrl() + "/send-sms");
        String shown = shown(exchanges);
        for (String secret : SECRETS) {
            assertThat(LOG.text()).as("every logger at TRACE").doesNotContain(secret);
            assertThat(shown).as("exceptions, bodies, toString and URIs").doesNotContain(secret);
        }
    }

    private static void stubAnswers() {
        wireMock.stubFor(post("/send-sms").willReturn(xmlAnswer(401,
                "<response><status><code>401</code><message>Üyelik bilgileri hatalı</message></status></response>")));
        wireMock.stubFor(post("/get-balance").willReturn(sampleAnswer(200, "balance.xml")));
    }

    private String shown(List<Exchange> exchanges) {
        StringBuilder shown = new StringBuilder();
        for (Exchange exchange : exchanges) {
            if (exchange.getException() != null) {
                shown.append(stackTrace(exchange.getException()));
            }
            shown.append(exchange.getMessage().getBody()).append('\n');
        }
        for (Endpoint endpoint : context.getEndpoints()) {
            shown.append(endpoint).append('\n').append(URISupport.sanitizeUri(endpoint.getEndpointUri())).append('\n');
            if (endpoint instanceof IletiMerkeziEndpoint iletiMerkezi) {
                shown.append(iletiMerkezi.getConfiguration()).append('\n').append(iletiMerkezi.getClient()).append('\n')
                        .append(ClientOptions.credentials(iletiMerkezi.getConfiguration())).append('\n');
            }
        }
        context.getRoutes().forEach(route -> shown.append(route).append(route.getEndpoint()).append('\n'));
        return shown.toString();
    }

    private static void sms(Exchange exchange) {
        exchange.getMessage().setBody("Merhaba");
        exchange.getMessage().setHeader(IletiMerkeziConstants.RECIPIENTS, PHONE);
    }

    private static String stackTrace(Throwable throwable) {
        return CapturedLog.stackTrace(throwable);
    }
}
