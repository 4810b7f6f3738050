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
