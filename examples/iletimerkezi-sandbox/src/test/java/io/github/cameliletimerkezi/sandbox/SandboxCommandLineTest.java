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

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The command line parsed strictly: every option listed with its default, values applied, and a message naming the
 * option for anything unknown or unparseable.
 */
class SandboxCommandLineTest {

    @Test
    void helpListsEveryOptionWithItsDefault() throws Exception {
        assertThat(SandboxCommandLine.parse("--port", "9000", "--help").help()).isTrue();
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        SandboxCommandLine.printUsage(new PrintStream(printed, true, StandardCharsets.UTF_8));
        String usage = printed.toString(StandardCharsets.UTF_8);
        assertThat(usage).as("run from classes, not a jar").startsWith("Usage: java -cp <class path> " + SandboxMain.class.getName());

        for (SandboxCommandLine.Option option : SandboxCommandLine.OPTIONS) {
            assertThat(usage).containsPattern("(?m)^  " + option.name() + " <.*\\(default: "
                                              + java.util.regex.Pattern.quote(option.defaultValue()) + "\\)$");
        }
        assertThat(usage).contains("--port <port>").contains("(default: 8089)").contains("(default: 3s)")
                .contains("(default: APITEST,SANDBOX)").contains("--verbose").contains("--help");
    }

    @Test
    void valuesReachTheSettings() throws Exception {
        SandboxCommandLine.Parsed parsed = SandboxCommandLine.parse("--port", "0", "--delivery-delay=500ms",
                "--failure-ratio", "0.25", "--seed", "7", "--senders", "ACME,APITEST", "--sms-credits", "12",
                "--amount", "3", "--username", "5550001122", "--verbose");
        SandboxSettings settings = parsed.builder().settings();

        assertThat(parsed.verbose()).isTrue();
        assertThat(parsed.help()).isFalse();
        assertThat(settings.port()).isZero();
        assertThat(settings.deliveryDelay()).isEqualTo(Duration.ofMillis(500));
        assertThat(settings.failureRatio()).isEqualTo(0.25);
        assertThat(settings.seed()).isEqualTo(7);
        assertThat(settings.senders()).containsExactly("ACME", "APITEST");
        assertThat(settings.smsCredits()).isEqualTo(12);
        assertThat(settings.amount()).isEqualTo(3);
        assertThat(settings.username()).isEqualTo("5550001122");
        assertThat(settings.password()).as("the other half of the pair keeps its default").isEqualTo("sandbox-password");
        assertThat(SandboxCommandLine.parse().builder().settings().port()).isEqualTo(8089);
        assertThat(settings.latency()).as("no latency unless asked").isZero();
        assertThat(SandboxCommandLine.parse("--latency", "50").builder().settings().latency()).isEqualTo(Duration.ofMillis(50));
        assertThat(SandboxCommandLine.parse("--latency=1s").builder().settings().latency()).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void pushUrlsInboundSmsAndTheConsoleFlag() throws Exception {
        SandboxSettings settings = SandboxCommandLine.parse("--push-url", "http://127.0.0.1:8080/hooks/a",
                "--push-url=https://example.com/b", "--receive-sms", "05301234567,7889,ABC RET, lütfen", "--no-console")
                .builder().settings();
        assertThat(settings.pushUrls()).containsExactly("http://127.0.0.1:8080/hooks/a", "https://example.com/b");
        assertThat(settings.console()).isFalse();
        assertThat(SandboxCommandLine.parse().builder().settings().console()).isTrue();
        try (IletiMerkeziSandbox sandbox = SandboxCommandLine.parse("--port", "0", "--receive-sms",
                "05301234567,7889,ABC RET, lütfen").builder().start()) {
            assertThat(sandbox.receiveSms("05301234568", "7889", "ikinci")).as("the one from the command line is 1").isEqualTo("2");
        }
        assertThatThrownBy(() -> SandboxCommandLine.parse("--push-url", "example.com/hook"))
                .hasMessage("--push-url: 'example.com/hook' is not a valid url (push URL 'example.com/hook' must be an "
                            + "absolute http:// or https:// address)");
        assertThatThrownBy(() -> SandboxCommandLine.parse("--receive-sms", "05301234567,7889"))
                .hasMessageContaining("three comma-separated fields: sender,receiver,text");
        assertThatThrownBy(() -> SandboxCommandLine.parse("--receive-sms", "abc,7889,x"))
                .hasMessageContaining("sender 'abc' is not a phone number");
    }

    @Test
    void unknownOptionsAndBadValuesAreRefusedByName() {
        assertThatThrownBy(() -> SandboxCommandLine.parse("--prot", "9000"))
                .isInstanceOf(SandboxCommandLine.UsageException.class).hasMessage("unknown option --prot");
        assertThatThrownBy(() -> SandboxCommandLine.parse("9000")).hasMessage("unknown option 9000");
        assertThatThrownBy(() -> SandboxCommandLine.parse("--port", "abc")).hasMessage("--port: 'abc' is not a valid port");
        assertThatThrownBy(() -> SandboxCommandLine.parse("--port", "70000")).hasMessageStartingWith("--port: '70000'");
        assertThatThrownBy(() -> SandboxCommandLine.parse("--failure-ratio", "1.5"))
                .hasMessageStartingWith("--failure-ratio: '1.5' is not a valid ratio");
        assertThatThrownBy(() -> SandboxCommandLine.parse("--delivery-delay", "3 sec"))
                .hasMessageStartingWith("--delivery-delay: '3 sec' is not a valid duration");
        assertThatThrownBy(() -> SandboxCommandLine.parse("--seed")).hasMessage("--seed needs a value (number)");
        assertThatThrownBy(() -> SandboxCommandLine.parse("--latency", "-5"))
                .hasMessageStartingWith("--latency: '-5' is not a valid milliseconds");
        assertThatThrownBy(() -> SandboxCommandLine.parse("--senders", "")).hasMessageStartingWith("--senders: ''");
    }
}
