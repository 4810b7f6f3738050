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
package io.github.cameliletimerkezi.examples.webhook;

import org.apache.camel.CamelConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.PropertyInject;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;

/**
 * Starts the HTTP server {@code iletimerkezi:webhook} runs on: Camel's platform-http on Vert.x, listening on
 * {@code http.port}. camel-main would do this from {@code camel.server.*} with camel-platform-http-main on the class
 * path; these few lines do the same without it.
 */
public class HttpServerConfiguration implements CamelConfiguration {

    @PropertyInject(value = "http.port", defaultValue = "8080")
    private int port;

    @PropertyInject(value = "http.host", defaultValue = "0.0.0.0")
    private String host;

    @Override
    public void configure(CamelContext context) throws Exception {
        VertxPlatformHttpServerConfiguration server = new VertxPlatformHttpServerConfiguration();
        server.setBindHost(host);
        server.setBindPort(port);
        context.addService(new VertxPlatformHttpServer(server));
    }
}
