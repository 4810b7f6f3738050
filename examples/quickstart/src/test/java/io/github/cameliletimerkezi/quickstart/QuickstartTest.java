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
package io.github.cameliletimerkezi.quickstart;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the quickstart as the README's command does (without IM_* credentials, so against the sandbox) and reads what
 * it printed.
 */
class QuickstartTest {

    private static final Map<String, String> README_STEP_4 = Map.of("IM_ENDPOINT", "http://127.0.0.1:9/v1",
            "IM_USERNAME", "5551112233", "IM_PASSWORD", "wrong-password", "IM_SENDER", "NOSUCH");

    @Test
    void talksToTheProviderOnlyWhenAskedAndThenWantsASenderAndNumbers() throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        int status = new Quickstart(Map.of("IM_USERNAME", "5551112233", "IM_PASSWORD", "secret"), true,
                new PrintStream(printed, true, StandardCharsets.UTF_8), Duration.ofMillis(500)).run();

        assertThat(status).isEqualTo(2);
        assertThat(printed.toString(StandardCharsets.UTF_8))
                .contains("--real sends real SMS: set IM_SENDER (an approved sender) and IM_QUICKSTART_NUMBERS")
                .doesNotContain("secret");
    }

    @Test
    void asksForCredentialsWhenToldToTalkToTheProviderWithoutThem() throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        int status = new Quickstart(Map.of(), true, new PrintStream(printed, true, StandardCharsets.UTF_8), Duration.ofMillis(500))
                .run();

        assertThat(status).isEqualTo(2);
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("set IM_USERNAME and IM_PASSWORD (or IM_PUBLIC_KEY");
    }

    @Test
    void runsAgainstTheSandboxAndPrintsEveryStep() throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        ByteArrayOutputStream logged = new ByteArrayOutputStream();
        PrintStream originalErr = System.err;
        int status;
        // slf4j-simple writes to whatever System.err is when it logs
        System.setErr(new PrintStream(logged, true, StandardCharsets.UTF_8));
        try {
            // the README's step 4 exports these for a sandbox on another port: without --real they are left aside
            status = new Quickstart(README_STEP_4, false, new PrintStream(printed, true, StandardCharsets.UTF_8),
                    Duration.ofMillis(500)).run();
        } finally {
            System.setErr(originalErr);
        }

        String output = printed.toString(StandardCharsets.UTF_8);
        assertThat(status).as(output).isZero();
        assertThat(output).contains("Talking to the local sandbox at http://127.0.0.1:")
                .contains("Ignored for the sandbox: IM_ENDPOINT, IM_PASSWORD, IM_SENDER, IM_USERNAME\n")
                .contains("Approved senders: APITEST, SANDBOX")
                .contains("Balance before: 500 TL, 10000 SMS credits")
                .contains("Sent order 100001: one text to 3 numbers")
                .contains("Sent order 100002: two texts in one order")
                .contains("Scheduled order 100003 for ")
                .contains("Cancelled order 100003")
                .contains("Balance after: ")
                .contains("Summary: 3 orders; ")
                .doesNotContain("Exception").doesNotContain("DEBUG");
        assertThat(output.lines().filter(line -> line.matches("  order 10000[12]  \\+90530123450[123] .*"))).hasSize(5);
        assertThat(output).containsPattern("order 100001  final: .*\\(114\\), \\d of 3 delivered")
                .contains("order 100003  final: cancelled before its send time, nothing sent (115 Sipariş gönderilemedi)");
        assertThat(output).contains("4 recipients delivered, 1 not delivered; 1 order cancelled; 5 SMS credits used")
                .containsPattern("order 100001  \\+90530123450\\d +NOT delivered \\(112 Mesaj gönderilemedi\\)");
        // nothing from the loggers: no SECURITY WARNING about plain-text credentials, no other warning
        assertThat(logged.toString(StandardCharsets.UTF_8)).isEmpty();
    }
}
