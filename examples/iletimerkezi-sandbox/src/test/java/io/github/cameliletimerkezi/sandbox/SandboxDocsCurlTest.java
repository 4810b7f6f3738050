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

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The curl examples of docs/sandbox.md, run in order against a freshly started sandbox: each answers the status its
 * comment names, and every operation the sandbox serves has one. With curl installed the commands run as written
 * (only the address changes); without it the test sends the same request itself.
 */
class SandboxDocsCurlTest {

    private static final Path DOC = Path.of("../../docs/sandbox.md");
    private static final String DOCUMENTED_ROOT = "http://127.0.0.1:8089";
    private static final Pattern EXAMPLE = Pattern.compile("(?m)^# (.+): (\\d{3})\\n(curl (?:.*\\\\\\n)*.*)$");

    record Example(String label, int status, List<String> arguments) {
    }

    @Test
    void everyCurlExampleAnswersItsStatusAndCoversEveryOperation() throws Exception {
        List<Example> examples = examples(Files.readString(DOC, StandardCharsets.UTF_8));
        boolean curl = curlInstalled();

        try (IletiMerkeziSandbox sandbox = IletiMerkeziSandbox.builder().start()) {
            String root = sandbox.baseUrl().substring(0, sandbox.baseUrl().length() - "/v1".length());
            for (String operation : sandbox.operationNames()) {
                assertThat(examples).as("a curl example for " + operation)
                        .anySatisfy(e -> assertThat(String.join(" ", e.arguments())).contains(
                                operation.startsWith("/") ? DOCUMENTED_ROOT + operation : "obj1=" + operation));
            }
            for (Example example : examples) {
                List<String> arguments = example.arguments().stream().map(a -> a.replace(DOCUMENTED_ROOT, root)).toList();
                int status = curl ? runCurl(arguments) : send(arguments);
                assertThat(status).as(example.label() + (curl ? " (curl)" : " (same request without curl)"))
                        .isEqualTo(example.status());
            }
        }
    }

    static List<Example> examples(String markdown) {
        List<Example> examples = new ArrayList<>();
        Matcher matcher = EXAMPLE.matcher(markdown);
        while (matcher.find()) {
            examples.add(new Example(matcher.group(1), Integer.parseInt(matcher.group(2)), words(matcher.group(3))));
        }
        assertThat(examples).as("curl examples in " + DOC).hasSizeGreaterThanOrEqualTo(7);
        return examples;
    }

    /** Splits a command as a POSIX shell would for what the docs use: single quotes and line continuations. */
    static List<String> words(String command) {
        List<String> words = new ArrayList<>();
        StringBuilder word = null;
        for (int i = 0; i < command.length(); i++) {
            char c = command.charAt(i);
            if (c == '\\' && i + 1 < command.length() && command.charAt(i + 1) == '\n') {
                i++;
            } else if (c == '\'') {
                int end = command.indexOf('\'', i + 1);
                word = word == null ? new StringBuilder() : word;
                word.append(command, i + 1, end);
                i = end;
            } else if (Character.isWhitespace(c)) {
                if (word != null) {
                    words.add(word.toString());
                    word = null;
                }
            } else {
                word = word == null ? new StringBuilder() : word;
                word.append(c);
            }
        }
        if (word != null) {
            words.add(word.toString());
        }
        return words;
    }

    private static boolean curlInstalled() {
        try {
            Process process = new ProcessBuilder("curl", "--version").redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static int runCurl(List<String> arguments) throws Exception {
        List<String> command = new ArrayList<>(arguments);
        command.addAll(List.of("-o", "/dev/null", "-w", "%{http_code}"));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("curl exit status for " + arguments).isZero();
        return Integer.parseInt(out);
    }

    /** The request curl makes of these arguments: POST of the -d data with the -H headers. */
    private static int send(List<String> arguments) throws Exception {
        String url = null;
        String data = null;
        HttpRequest.Builder request = HttpRequest.newBuilder();
        for (int i = 1; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            switch (argument) {
                case "-H" -> {
                    String[] header = arguments.get(++i).split(":\\s*", 2);
                    request.header(header[0], header[1]);
                }
                case "-d", "--data", "--data-binary" -> data = arguments.get(++i);
                case "-s", "-i", "--compressed" -> {
                }
                default -> url = argument;
            }
        }
        request.uri(URI.create(url)).method(data == null ? "GET" : "POST",
                data == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(data));
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
