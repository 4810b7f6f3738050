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

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import io.github.cameliletimerkezi.IletiMerkeziTestSupport;
import org.apache.camel.CamelContext;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.apache.camel.test.AvailablePortFinder;

/**
 * A CamelContext with the Vert.x platform-http server on a free port, and a way to push reports to it as the provider
 * does: a JSON POST.
 */
abstract class WebhookTestSupport extends IletiMerkeziTestSupport {

    protected static final String SECRET = "Xk3v9QpL2mN8rT5w";
    /** The address given to the provider's panel. */
    protected static final String PATH = "/iletimerkezi/" + SECRET;
    protected static final String WEBHOOK = "iletimerkezi:webhook?path=/iletimerkezi&webhookSecret=" + SECRET;

    private final HttpClient http = HttpClient.newHttpClient();
    protected int port;

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        port = AvailablePortFinder.getNextAvailable();
        VertxPlatformHttpServerConfiguration server = new VertxPlatformHttpServerConfiguration();
        server.setBindPort(port);
        context.addService(new VertxPlatformHttpServer(server));
        return context;
    }

    /** POSTs a body to a path of the server; returns the HTTP status. */
    protected int push(String path, String json) throws Exception {
        return push(path, "application/json", json).statusCode();
    }

    /** POSTs a body with the given Content-Type to a path of the server. */
    protected HttpResponse<String> push(String path, String contentType, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** POSTs a body without a Content-Length (chunked); returns the HTTP status. */
    protected int pushChunked(String path, byte[] body) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body))).build(),
                HttpResponse.BodyHandlers.ofString());
        return response.statusCode();
    }

    protected static String report(String orderId, String status, String to) {
        return "{\"report\":{\"id\":1599558518,\"packet_id\":" + orderId + ",\"status\":\"" + status + "\",\"to\":\"" + to
               + "\",\"body\":\"Webhook test mesaji\"}}";
    }
}
