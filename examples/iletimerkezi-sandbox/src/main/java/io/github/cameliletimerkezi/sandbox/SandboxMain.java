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

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;

/**
 * Runs a sandbox until the process is stopped and prints how to reach it. {@code --help} lists the options; an
 * unknown option or a bad value ends the process with status 2.
 */
public final class SandboxMain {

    /** The exit status for a command line the sandbox cannot run with. */
    static final int USAGE_ERROR = 2;

    private SandboxMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        SandboxCommandLine.Parsed parsed;
        try {
            parsed = SandboxCommandLine.parse(args);
        } catch (SandboxCommandLine.UsageException e) {
            System.err.println("iletimerkezi-sandbox: " + e.getMessage() + "; run with --help for the options");
            System.exit(USAGE_ERROR);
            return;
        }
        if (parsed.help()) {
            SandboxCommandLine.printUsage(out);
            return;
        }
        if (parsed.verbose()) {
            parsed.builder().requestLog(out::println);
        }
        IletiMerkeziSandbox sandbox;
        try {
            sandbox = parsed.builder().start();
        } catch (RuntimeException e) {
            System.err.println("iletimerkezi-sandbox: " + e.getMessage());
            System.exit(1);
            return;
        }
        printWelcome(sandbox, out);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            sandbox.stop();
            stopped.countDown();
        }));
        stopped.await();
    }

    static void printWelcome(IletiMerkeziSandbox sandbox, PrintStream out) {
        SandboxSettings settings = sandbox.settings();
        out.println("İleti Merkezi sandbox listening on " + sandbox.baseUrl());
        out.println("  IM_ENDPOINT=" + sandbox.baseUrl());
        out.println("  IM_USERNAME=" + settings.username() + "  IM_PASSWORD=" + settings.password());
        out.println("  IM_PUBLIC_KEY=" + settings.publicKey() + "  IM_SECRET_KEY=" + settings.secretKey()
                    + "  (API hash " + sandbox.apiHash() + ")");
        out.println("  senders: " + String.join(", ", settings.senders()));
        out.println("  legacy account info: " + sandbox.accountUrl());
        out.println("  legacy sender list:  " + sandbox.legacySenderListUrl());
        if (sandbox.consoleUrl() != null) {
            out.println("  web console:         " + sandbox.consoleUrl());
        }
        out.println("  inbound SMS:         POST " + sandbox.controlUrl() + "/inbox {\"sender\",\"receiver\",\"text\"}");
        out.println("  pushes to:           " + (settings.pushUrls().isEmpty() ? "nowhere (--push-url)"
                : String.join(", ", settings.pushUrls())));
        out.println("  test numbers:        " + TestNumbers.summary());
    }
}
