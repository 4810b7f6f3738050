package io.github.cameliletimerkezi.examples.webhook;

import org.apache.camel.main.Main;

/**
 * A camel-main application that receives the provider's delivery-report pushes: the HTTP server comes from
 * {@link HttpServerConfiguration}, the route from {@link WebhookRoutes}, the port and path from application.properties.
 */
public final class WebhookApplication {

    private WebhookApplication() {
    }

    public static void main(String[] args) throws Exception {
        Main main = new Main();
        configure(main);
        main.run(args);
    }

    /** The HTTP server and the route, on a camel-main. */
    public static void configure(Main main) {
        main.configure().addConfiguration(new HttpServerConfiguration());
        main.configure().addRoutesBuilder(new WebhookRoutes());
    }
}
