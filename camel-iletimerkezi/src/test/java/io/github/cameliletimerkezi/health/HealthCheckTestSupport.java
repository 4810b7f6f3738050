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
package io.github.cameliletimerkezi.health;

import java.util.Optional;

import io.github.cameliletimerkezi.IletiMerkeziTestSupport;
import org.apache.camel.CamelContext;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckRegistry;
import org.apache.camel.health.HealthCheckRepository;
import org.junit.jupiter.api.BeforeEach;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The health-check registry as Camel's runtimes set it up: context, routes, consumers and producers repositories,
 * with producer checks switched on ({@code camel.health.producersEnabled=true}) and the runtimes' initial state DOWN.
 */
public abstract class HealthCheckTestSupport extends IletiMerkeziTestSupport {

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        // Camel Main's and Spring Boot's default (camel.health.initial-state=down), set before consumers are created
        // as those runtimes do: not ready until proven ready
        HealthCheckRegistry.get(context).setInitialState(HealthCheck.State.DOWN);
        return context;
    }

    @BeforeEach
    void installHealthChecks() {
        HealthCheckRegistry registry = HealthCheckRegistry.get(context);
        assertThat(registry).as("camel-health provides the registry").isNotNull();
        for (String id : new String[] { "routes", "consumers", "producers" }) {
            // the same steps as Camel's runtimes: the registry's own repository if it has one, else a new one
            HealthCheckRepository repository = registry.getRepository(id)
                    .orElseGet(() -> (HealthCheckRepository) registry.resolveById(id));
            repository.setEnabled(true);
            registry.register(repository);
        }
    }

    /** The readiness result of the check whose id starts with the prefix, as a probe would see it. */
    protected Optional<HealthCheck.Result> readiness(String idPrefix) {
        return HealthCheckHelper.invokeReadiness(context).stream()
                .filter(result -> result.getCheck().getId().startsWith(idPrefix)).findFirst();
    }

    /** The registered check whose id starts with the prefix, enabled or not. */
    protected Optional<HealthCheck> check(String idPrefix) {
        HealthCheckRegistry registry = HealthCheckRegistry.get(context);
        return registry.getCheckIDs().stream().filter(id -> id.startsWith(idPrefix)).findFirst()
                .flatMap(registry::getCheck);
    }

    protected Optional<HealthCheck.Result> liveness(String idPrefix) {
        return HealthCheckHelper.invokeLiveness(context).stream()
                .filter(result -> result.getCheck().getId().startsWith(idPrefix)).findFirst();
    }

    /** Every check id a readiness probe runs, for assertion messages. */
    protected String readinessIds() {
        HealthCheckRegistry registry = HealthCheckRegistry.get(context);
        return HealthCheckHelper.invokeReadiness(context).stream().map(result -> result.getCheck().getId()).toList()
               + " repositories " + registry.getCheckIDs() + " " + registry.getRepository("producers")
               + " " + registry.getRepository("consumers").map(r -> r.stream().toList()).orElse(null);
    }
}
