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
package io.github.cameliletimerkezi.springboot;

import java.time.Duration;
import java.util.Map;

import io.github.cameliletimerkezi.IletiMerkeziComponent;
import io.github.cameliletimerkezi.IletiMerkeziConfiguration;
import io.github.cameliletimerkezi.IletiMerkeziConstants;
import io.github.cameliletimerkezi.IletiMerkeziEndpoint;
import io.github.cameliletimerkezi.model.IletiMerkeziResponse;
import io.github.cameliletimerkezi.model.IysList;
import io.github.cameliletimerkezi.sandbox.IletiMerkeziSandbox;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * camel.component.iletimerkezi.* properties reach the component a Spring Boot application's Camel context creates,
 * and a route sends to the configured baseUrl (the sandbox on a free port).
 */
class IletiMerkeziComponentAutoConfigurationTest {

    private static IletiMerkeziSandbox sandbox;

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CamelAutoConfiguration.class, IletiMerkeziComponentAutoConfiguration.class));

    @BeforeAll
    static void startSandbox() {
        sandbox = IletiMerkeziSandbox.builder().smsCredits(100).start();
    }

    @AfterAll
    static void stopSandbox() {
        sandbox.stop();
    }

    @Test
    void sendsToTheConfiguredBaseUrlWithTheConfiguredCredentials() {
        runner.withPropertyValues("camel.component.iletimerkezi.base-url=" + sandbox.baseUrl(),
                "camel.component.iletimerkezi.username=" + sandbox.settings().username(),
                "camel.component.iletimerkezi.password=" + sandbox.settings().password(),
                "camel.component.iletimerkezi.sender=" + sandbox.settings().senders().iterator().next())
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    long credits = sandbox.smsCredits();
                    ProducerTemplate template = context.getBean(CamelContext.class).createProducerTemplate();
                    IletiMerkeziResponse answer = template.requestBodyAndHeader("iletimerkezi:send", "Kargonuz yolda",
                            IletiMerkeziConstants.RECIPIENTS, "5301234501", IletiMerkeziResponse.class);
                    assertThat(answer.getCode()).isEqualTo(200);
                    assertThat(answer.getOrderId()).isNotBlank();
                    assertThat(sandbox.smsCredits()).isEqualTo(credits - 1);
                });
    }

    @Test
    void relaxedNamesTypesAndBeanReferencesBind() {
        IdempotentRepository repository = MemoryIdempotentRepository.memoryIdempotentRepository(10);
        runner.withBean("updatesSeen", IdempotentRepository.class, () -> repository)
                .withPropertyValues("camel.component.iletimerkezi.baseUrl=http://127.0.0.1:1/v1",
                        "camel.component.iletimerkezi.READ_TIMEOUT=5s",
                        "camel.component.iletimerkezi.connect-timeout=1500",
                        "camel.component.iletimerkezi.row-count=250",
                        "camel.component.iletimerkezi.iys=true",
                        "camel.component.iletimerkezi.iys-list=tacir",
                        "camel.component.iletimerkezi.health-check-producer-enabled=false",
                        "camel.component.iletimerkezi.idempotent-repository=#bean:updatesSeen")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    IletiMerkeziConfiguration configuration = component(context.getBean(CamelContext.class)).getConfiguration();
                    assertThat(configuration.getBaseUrl()).isEqualTo("http://127.0.0.1:1/v1");
                    assertThat(configuration.getReadTimeout()).isEqualTo(Duration.ofSeconds(5).toMillis());
                    assertThat(configuration.getConnectTimeout()).isEqualTo(1500);
                    assertThat(configuration.getRowCount()).isEqualTo(250);
                    assertThat(configuration.getIys()).isTrue();
                    assertThat(configuration.getIysList()).isEqualTo(IysList.TACIR);
                    assertThat(configuration.getIdempotentRepository()).isSameAs(repository);
                    assertThat(component(context.getBean(CamelContext.class)).isHealthCheckProducerEnabled()).isFalse();
                });
    }

    @Test
    void unsetPropertiesLeaveTheEnvironmentFallbackInPlace() {
        runner.withPropertyValues("camel.component.iletimerkezi.sender=SANDBOX").run(context -> {
            CamelContext camel = context.getBean(CamelContext.class);
            IletiMerkeziComponent component = component(camel);
            // nothing the application did not set is copied: no default baseUrl hides IM_ENDPOINT
            assertThat(component.getConfiguration().getBaseUrl()).isNull();
            assertThat(component.getConfiguration().getIys()).isNull();
            component.setEnvironment(Map.of("IM_ENDPOINT", sandbox.baseUrl(), "IM_USERNAME", "u", "IM_PASSWORD", "p")::get);
            IletiMerkeziEndpoint endpoint = camel.getEndpoint("iletimerkezi:balance", IletiMerkeziEndpoint.class);
            assertThat(endpoint.getConfiguration().getBaseUrl()).isEqualTo(sandbox.baseUrl());
            assertThat(endpoint.getConfiguration().getSender()).isEqualTo("SANDBOX");
        });
    }

    @Test
    void aBadValueFailsStartUpNamingTheProperty() {
        runner.withPropertyValues("camel.component.iletimerkezi.read-timeout=abc").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("abc");
            assertThat(context.getStartupFailure()).hasStackTraceContaining("camel.component.iletimerkezi.read-timeout");
        });
    }

    @Test
    void aValueThatIsNoBeanReferenceFailsStartUpNamingTheProperty() {
        runner.withPropertyValues("camel.component.iletimerkezi.idempotent-repository=memory").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).hasStackTraceContaining("camel.component.iletimerkezi.idempotent-repository")
                    .hasStackTraceContaining("#bean:name");
        });
    }

    @Test
    void disabledCustomizerLeavesTheComponentAlone() {
        runner.withPropertyValues("camel.component.iletimerkezi.base-url=http://127.0.0.1:1/v1",
                "camel.component.iletimerkezi.customizer.enabled=false").run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(component(context.getBean(CamelContext.class)).getConfiguration().getBaseUrl()).isNull();
                });
    }

    private static IletiMerkeziComponent component(CamelContext camel) {
        return camel.getComponent("iletimerkezi", IletiMerkeziComponent.class);
    }
}
