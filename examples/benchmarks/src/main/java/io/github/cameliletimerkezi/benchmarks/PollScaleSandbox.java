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

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import io.github.cameliletimerkezi.sandbox.IletiMerkeziSandbox;
import io.github.cameliletimerkezi.sandbox.SandboxClock;

/**
 * The sandbox the poll measurement runs against, in a JVM of its own: every answer held back by the latency its
 * first argument names, and a frozen clock the measurement moves through standard input, so exactly the orders it
 * means to change change between two polls. Prints {@value #LISTENING} and the port, then answers one line per
 * command: {@code advance <minutes>} moves the clock, {@code requests} prints the requests answered so far. Stops when
 * its standard input closes.
 */
public final class PollScaleSandbox {

    static final String LISTENING = "listening ";
    /** When the last recipient of an order is final; of two recipients, the first is final halfway. */
    static final Duration DELIVERY_DELAY = Duration.ofHours(1);

    private PollScaleSandbox() {
    }

    /** @param args the latency in milliseconds */
    public static void main(String[] args) throws Exception {
        SandboxClock clock = new SandboxClock().freeze();
        try (IletiMerkeziSandbox sandbox = IletiMerkeziSandbox.builder().port(0).clock(clock)
                .latency(Duration.ofMillis(Long.parseLong(args[0]))).deliveryDelay(DELIVERY_DELAY).failureRatio(0.1)
                .smsCredits(1_000_000).start()) {
            System.out.println(LISTENING + sandbox.baseUrl());
            System.out.flush();
            BufferedReader commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            String command;
            while ((command = commands.readLine()) != null) {
                if (command.startsWith("advance ")) {
                    clock.advance(Duration.ofMinutes(Long.parseLong(command.substring("advance ".length()).trim())));
                    System.out.println("ok");
                } else if (command.equals("requests")) {
                    System.out.println(sandbox.requestCount());
                } else {
                    System.out.println("unknown command " + command);
                }
                System.out.flush();
            }
        }
    }
}
