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

import java.util.Map;

import io.github.cameliletimerkezi.model.IletiMerkeziResponse;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.WritableHealthCheckRepository;
import org.apache.camel.support.DefaultProducer;

/**
 * Runs the endpoint's operation (or the one the {@code CamelIletiMerkeziOperation} header names) and puts the
 * {@link IletiMerkeziResponse} in the body, with the status code, status message and order id as headers. Input is
 * checked before any request is made.
 */
public class IletiMerkeziProducer extends DefaultProducer {

    private final Map<IletiMerkeziOperation, OperationHandler> handlers;

    private WritableHealthCheckRepository healthCheckRepository;
    private IletiMerkeziProducerHealthCheck healthCheck;

    public IletiMerkeziProducer(IletiMerkeziEndpoint endpoint) {
        super(endpoint);
        this.handlers = OperationHandlers.of(endpoint.getComponent());
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        // the meters are registered from the start, so a scrape before the first send shows them
        getEndpoint().getComponent().getMetrics();
        // health checks are optional: the producers repository exists only when camel-health is present
        healthCheckRepository = HealthCheckHelper.getHealthCheckRepository(getEndpoint().getCamelContext(), "producers",
                WritableHealthCheckRepository.class);
        if (healthCheckRepository != null) {
            healthCheck = new IletiMerkeziProducerHealthCheck(getEndpoint(), getEndpoint().getId());
            healthCheck.setEnabled(getEndpoint().getComponent().isHealthCheckProducerEnabled());
            healthCheckRepository.addHealthCheck(healthCheck);
        }
    }

    @Override
    protected void doStop() throws Exception {
        if (healthCheckRepository != null && healthCheck != null) {
            healthCheckRepository.removeHealthCheck(healthCheck);
            healthCheck = null;
        }
        super.doStop();
    }

    @Override
    public IletiMerkeziEndpoint getEndpoint() {
        return (IletiMerkeziEndpoint) super.getEndpoint();
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        IletiMerkeziConfiguration configuration = getEndpoint().getConfiguration();
        IletiMerkeziOperation operation = operation(exchange.getMessage(), configuration);
        handlers.get(operation).handle(exchange, getEndpoint().getClient(), configuration);
    }

    private static IletiMerkeziOperation operation(Message message, IletiMerkeziConfiguration configuration) {
        Object header = message.getHeader(IletiMerkeziConstants.OPERATION);
        return header == null
                ? configuration.getOperation()
                : IletiMerkeziOperation.parse(header, "The " + IletiMerkeziConstants.OPERATION + " header");
    }
}
