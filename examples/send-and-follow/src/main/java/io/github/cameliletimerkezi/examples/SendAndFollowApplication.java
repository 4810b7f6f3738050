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
package io.github.cameliletimerkezi.examples;

import org.apache.camel.main.Main;

/**
 * Runs the send-and-follow example with camel-main. The DSL is chosen with {@code -Ddsl=java|yaml|xml} (default
 * yaml; the YAML version also sends each JSON file dropped into {@code orders.dir}); the provider's address and
 * credentials come from the IM_* environment variables.
 */
public final class SendAndFollowApplication {

    private SendAndFollowApplication() {
    }

    public static void main(String[] args) throws Exception {
        Main main = new Main();
        configure(main, System.getProperty("dsl", "yaml"));
        main.run(args);
    }

    /** Loads the routes of one DSL into a camel-main. */
    public static void configure(Main main, String dsl) {
        switch (dsl) {
            case "java" -> main.configure().addRoutesBuilder(new SendAndFollowRoutes());
            case "yaml" -> main.configure().withRoutesIncludePattern(
                    "classpath:routes/send-and-follow.camel.yaml,classpath:routes/send-json-files.camel.yaml");
            case "xml" -> main.configure().withRoutesIncludePattern("classpath:routes/send-and-follow.camel.xml");
            default -> throw new IllegalArgumentException("dsl must be java, yaml or xml, was " + dsl);
        }
    }
}
