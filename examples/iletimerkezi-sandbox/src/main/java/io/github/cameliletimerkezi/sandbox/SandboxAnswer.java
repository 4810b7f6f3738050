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
package io.github.cameliletimerkezi.sandbox;

/**
 * What the sandbox sends back: the status (also the HTTP status, as the provider does), the XML body, and which of
 * the provider's two services answers, since their headers differ.
 */
record SandboxAnswer(int status, String body, Service service) {

    /** The current API ({@code /v1/...}) and the legacy panel service ({@code /index.php}). */
    enum Service {
        API("no-store, no-cache, must-revalidate, post-check=0, pre-check=0"),
        LEGACY("no-cache");

        final String cacheControl;

        Service(String cacheControl) {
            this.cacheControl = cacheControl;
        }
    }

    SandboxAnswer(int status, String body) {
        this(status, body, Service.API);
    }

    /** An answer of the current API that carries only the status. */
    static SandboxAnswer of(int status) {
        return new SandboxAnswer(status, XmlAnswer.status(status).end());
    }

    /** A 200 answer of the legacy service: its own root, no XML declaration, no status element. */
    static SandboxAnswer legacy(String body) {
        return new SandboxAnswer(200, body, Service.LEGACY);
    }
}
