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
package io.github.cameliletimerkezi.karaf;

import io.github.cameliletimerkezi.sandbox.IletiMerkeziSandbox;

/**
 * Starts the sandbox in the JVM that drives the container; only plain strings cross into the container, so the probe
 * never loads a sandbox class.
 */
final class SandboxInTestJvm {

    private static IletiMerkeziSandbox sandbox;

    private SandboxInTestJvm() {
    }

    /** The sandbox's base URL, public key and secret key. */
    static synchronized String[] start() {
        if (sandbox == null) {
            sandbox = IletiMerkeziSandbox.builder().smsCredits(100).start();
            Runtime.getRuntime().addShutdownHook(new Thread(sandbox::stop));
        }
        return new String[] {sandbox.baseUrl(), sandbox.settings().publicKey(), sandbox.settings().secretKey()};
    }
}
