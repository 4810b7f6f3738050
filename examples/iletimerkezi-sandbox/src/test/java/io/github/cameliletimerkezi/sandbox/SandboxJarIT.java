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

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged jar, run as users run it: {@code java -jar iletimerkezi-sandbox.jar}.
 */
class SandboxJarIT {

    private static final Path JAR = Path.of(System.getProperty("sandbox.jar", "target/iletimerkezi-sandbox.jar"));

    @Test
    void helpPrintsEveryOptionAndExitsNormally() throws Exception {
        Process process = java("--help");
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isZero();
        assertThat(out).as("the jar's own file name, which the build gives a version")
                .startsWith("Usage: java -jar " + JAR.getFileName() + " [options]");
        for (SandboxCommandLine.Option option : SandboxCommandLine.OPTIONS) {
            assertThat(out).contains(option.name() + " <").contains("(default: " + option.defaultValue() + ")");
        }
    }

    @Test
    void unknownOptionOrBadValueExitsWithTwoAndSaysWhich() throws Exception {
        assertUsageError(java("--bogus"), "unknown option --bogus");
        assertUsageError(java("--port", "eighty"), "--port: 'eighty' is not a valid port");
    }

    @Test
    void startsPrintsHowToReachItAndLogsEachRequest() throws Exception {
        Process process = java("--port", "0", "--verbose", "--senders", "ACME,APITEST");
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line);
                }
            } catch (IOException e) {
                lines.add("read failed: " + e);
            }
        });
        reader.setDaemon(true);
        reader.start();
        try {
            List<String> banner = new ArrayList<>();
            for (int i = 0; i < 11; i++) {
                String line = lines.poll(60, TimeUnit.SECONDS);
                assertThat(line).as("banner line " + i + " after " + banner).isNotNull();
                banner.add(line);
            }
            String printed = String.join("\n", banner);
            Matcher url = Pattern.compile("listening on (http://127\\.0\\.0\\.1:\\d+/v1)").matcher(printed);
            assertThat(url.find()).as(printed).isTrue();
            assertThat(printed).contains("IM_USERNAME=5551112233").contains("IM_PASSWORD=sandbox-password")
                    .contains("IM_PUBLIC_KEY=sandbox-public-key").contains("IM_SECRET_KEY=sandbox-secret-key")
                    .contains("senders: ACME, APITEST").contains("pushes to:           nowhere (--push-url)")
                    .contains("test numbers:        +905550000001 delivered at once;");
            Matcher console = Pattern.compile("web console: +(http://\\S+/console/)").matcher(printed);
            assertThat(console.find()).as(printed).isTrue();
            HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(console.group(1)))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).as("the console's files are in the jar").isEqualTo(200);
            assertThat(page.body()).contains("<meta charset=\"utf-8\">");

            HttpResponse<String> balance = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(url.group(1) + "/get-balance")).POST(HttpRequest.BodyPublishers.ofString(
                            "<request><authentication><username>5551112233</username><password>sandbox-password</password>"
                            + "</authentication></request>")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(balance.statusCode()).isEqualTo(200);
            assertThat(lines.poll(30, TimeUnit.SECONDS)).isEqualTo("POST /v1/get-balance -> 200 İşlem başarılı");
        } finally {
            process.destroy();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static void assertUsageError(Process process, String message) throws Exception {
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(err).isEqualTo(2);
        assertThat(err).contains(message).contains("--help");
    }

    private static Process java(String... args) throws IOException {
        assertThat(Files.isRegularFile(JAR)).as(JAR + " is built by the package phase").isTrue();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dfile.encoding=UTF-8", "-jar", JAR.toString()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).start();
    }
}
