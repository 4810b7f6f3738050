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
