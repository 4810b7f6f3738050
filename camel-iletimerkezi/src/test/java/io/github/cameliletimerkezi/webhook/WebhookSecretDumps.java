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

import java.lang.management.ManagementFactory;

import javax.management.MBeanAttributeInfo;
import javax.management.MBeanServer;
import javax.management.ObjectName;

import io.github.cameliletimerkezi.CapturedLog;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckRegistry;
import org.apache.camel.health.HealthCheckRepository;
import org.apache.camel.model.ModelCamelContext;
import org.apache.camel.model.RouteDefinition;
import org.apache.camel.spi.NormalizedEndpointUri;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.util.URISupport;

/** The places a running CamelContext shows its configuration, each as text to search for secrets. */
final class WebhookSecretDumps {

    private WebhookSecretDumps() {
    }

    /** Camel's runtimes' health setup, with every check's details exposed. */
    static void installHealthChecks(CamelContext context) {
        HealthCheckRegistry registry = HealthCheckRegistry.get(context);
        registry.setExposureLevel("full");
        for (String id : new String[] { "routes", "consumers", "producers" }) {
            HealthCheckRepository repository = registry.getRepository(id)
                    .orElseGet(() -> (HealthCheckRepository) registry.resolveById(id));
            repository.setEnabled(true);
            registry.register(repository);
        }
    }

    /** Endpoint URIs, toString and registry keys as Camel shows them (sanitized), and the routes and consumers. */
    static String shownUris(CamelContext context) {
        StringBuilder text = new StringBuilder();
        for (Endpoint endpoint : context.getEndpoints()) {
            text.append(URISupport.sanitizeUri(endpoint.getEndpointUri())).append('\n').append(endpoint).append('\n')
                    .append(endpoint.getEndpointBaseUri()).append('\n');
        }
        for (NormalizedEndpointUri key : context.getEndpointRegistry().keySet()) {
            text.append(URISupport.sanitizeUri(key.getUri())).append('\n');
        }
        context.getRoutes().forEach(route -> text.append(route).append(' ').append(route.getConsumer()).append('\n'));
        return text.toString();
    }

    /** Endpoint URIs and registry keys exactly as held, unmasked. */
    static String rawUris(CamelContext context) {
        StringBuilder text = new StringBuilder();
        context.getEndpoints().forEach(endpoint -> text.append(endpoint.getEndpointUri()).append('\n'));
        context.getEndpointRegistry().keySet().forEach(key -> text.append(key.getUri()).append('\n'));
        return text.toString();
    }

    /** The routes as Camel's XML dumper writes them. */
    static String routeDumps(CamelContext context, boolean resolvePlaceholders) throws Exception {
        StringBuilder text = new StringBuilder();
        for (RouteDefinition route : ((ModelCamelContext) context).getRouteDefinitions()) {
            text.append(PluginHelper.getModelToXMLDumper(context).dumpModelAsXml(context, route, resolvePlaceholders, false,
                    false)).append('\n');
        }
        return text.toString();
    }

    /** Every readable attribute of every Camel MBean. */
    static String jmxAttributes() throws Exception {
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        StringBuilder text = new StringBuilder();
        for (ObjectName name : server.queryNames(new ObjectName("org.apache.camel:*"), null)) {
            text.append(name).append('\n');
            for (MBeanAttributeInfo attribute : server.getMBeanInfo(name).getAttributes()) {
                if (!attribute.isReadable()) {
                    continue;
                }
                try {
                    text.append(attribute.getName()).append('=').append(server.getAttribute(name, attribute.getName()))
                            .append('\n');
                } catch (Exception e) {
                    text.append(attribute.getName()).append(" unreadable: ").append(e).append('\n');
                }
            }
        }
        return text.toString();
    }

    /** Every health check's id, state, message, details and error. */
    static String healthDetails(CamelContext context) {
        StringBuilder text = new StringBuilder();
        for (HealthCheck.Result result : HealthCheckHelper.invoke(context)) {
            text.append(result.getCheck().getId()).append(' ').append(result.getState()).append(' ')
                    .append(result.getMessage().orElse("")).append(' ').append(result.getDetails()).append(' ')
                    .append(result.getError().map(CapturedLog::stackTrace).orElse("")).append('\n');
        }
        return text.toString();
    }
}
