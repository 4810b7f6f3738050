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
package io.github.cameliletimerkezi.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;

import io.github.cameliletimerkezi.sandbox.IletiMerkeziSandbox;

/**
 * The İleti Merkezi sandbox in a process of its own, so that its CPU per request is counted apart from the sends
 * driving it: an account with more credit than any run spends and the sandbox's other defaults. It prints its API root
 * on the first line of its output and exits when its standard input closes, so it never outlives the benchmark.
 */
public final class SandboxServer {

    static final String LISTENING = "sandbox listening at ";

    private SandboxServer() {
    }

    /** @param args the number of threads that answer; defaults to 8 */
    public static void main(String[] args) throws IOException {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : 8;
        try (IletiMerkeziSandbox sandbox = IletiMerkeziSandbox.builder()
                .port(0)
                .threads(threads)
                .smsCredits(Long.MAX_VALUE / 2)
                .deliveryDelay(Duration.ofSeconds(1))
                .start()) {
            System.out.println(LISTENING + sandbox.baseUrl());
            System.out.flush();
            InputStream parent = System.in;
            while (parent.read() >= 0) {
                // nothing is sent on this channel
            }
        }
    }
}
