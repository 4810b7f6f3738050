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

import io.github.cameliletimerkezi.IletiMerkeziComponent;
import org.apache.camel.Component;
import org.apache.camel.spi.ComponentCustomizer;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.apache.camel.spring.boot.ComponentConfigurationProperties;
import org.apache.camel.spring.boot.util.CamelPropertiesHelper;
import org.apache.camel.spring.boot.util.ConditionalOnCamelContextAndAutoConfigurationBeans;
import org.apache.camel.spring.boot.util.ConditionalOnHierarchicalProperties;
import org.apache.camel.spring.boot.util.HierarchicalPropertiesEvaluator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Lazy;

/**
 * Applies the {@code camel.component.iletimerkezi.*} properties to the {@code iletimerkezi} component when Camel
 * creates it. Only properties the application sets are copied, so options left out keep the component's defaults and
 * its {@code IM_*} environment fallbacks. {@code camel.component.iletimerkezi.enabled=false} turns this off, and
 * {@code camel.component.iletimerkezi.customizer.enabled=false} keeps the properties bound but not applied.
 */
@AutoConfiguration(after = CamelAutoConfiguration.class)
@Conditional(ConditionalOnCamelContextAndAutoConfigurationBeans.class)
@EnableConfigurationProperties({ ComponentConfigurationProperties.class, IletiMerkeziComponentConfiguration.class })
@ConditionalOnHierarchicalProperties({ "camel.component", "camel.component.iletimerkezi" })
public class IletiMerkeziComponentAutoConfiguration {

    private final ApplicationContext applicationContext;
    private final IletiMerkeziComponentConfiguration configuration;

    public IletiMerkeziComponentAutoConfiguration(ApplicationContext applicationContext,
                                                  IletiMerkeziComponentConfiguration configuration) {
        this.applicationContext = applicationContext;
        this.configuration = configuration;
    }

    /** Resolves {@code #bean:name} references in the object-typed properties while they are bound. */
    @Bean
    public static IletiMerkeziComponentConverter iletiMerkeziComponentConverter(ApplicationContext applicationContext) {
        return new IletiMerkeziComponentConverter(applicationContext);
    }

    @Lazy
    @Bean
    public ComponentCustomizer configureIletiMerkeziComponent() {
        return new ComponentCustomizer() {
            @Override
            public void configure(String name, Component target) {
                CamelPropertiesHelper.copyProperties(target.getCamelContext(), configuration, target);
            }

            @Override
            public boolean isEnabled(String name, Component target) {
                return HierarchicalPropertiesEvaluator.evaluate(applicationContext, "camel.component.customizer",
                        "camel.component.iletimerkezi.customizer")
                       && target instanceof IletiMerkeziComponent;
            }
        };
    }
}
