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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One recorded exchange with the provider, read from {@code src/test/resources/recorded/*.http}: comment lines
 * ({@code # }, directives {@code # ! }), the request line and body, a blank line, {@code HTTP <status>} and the recorded
 * response headers, a blank line, then the response body byte for byte.
 */
record RecordedSample(String name, List<String> directives, String path, String requestBody, int status,
        Map<String, String> headers, String body) {

    static RecordedSample read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        List<String> directives = new ArrayList<>();
        int at = 0;
        while (text.startsWith("#", at)) {
            String line = line(text, at);
            if (line.startsWith("# ! ")) {
                directives.add(line.substring(4));
            }
            at += line.length() + 1;
        }
        String requestLine = line(text, at);
        at += requestLine.length() + 1;
        StringBuilder requestBody = new StringBuilder();
        for (String line = line(text, at); !line.isEmpty(); line = line(text, at)) {
            requestBody.append(requestBody.length() == 0 ? "" : "\n").append(line);
            at += line.length() + 1;
        }
        at++;
        String statusLine = line(text, at);
        at += statusLine.length() + 1;
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (String line = line(text, at); !line.isEmpty(); line = line(text, at)) {
            int colon = line.indexOf(':');
            headers.put(line.substring(0, colon), line.substring(colon + 1).trim());
            at += line.length() + 1;
        }
        at++;
        if (!requestLine.startsWith("POST ") || !statusLine.startsWith("HTTP ")) {
            throw new IllegalStateException(file + " is not a recorded sample");
        }
        return new RecordedSample(file.getFileName().toString(), directives, requestLine.substring(5), requestBody.toString(),
                Integer.parseInt(statusLine.substring(5).trim()), headers, text.substring(at));
    }

    private static String line(String text, int from) {
        int end = text.indexOf('\n', from);
        return end < 0 ? text.substring(from) : text.substring(from, end);
    }

    boolean has(String directive) {
        return directives.stream().anyMatch(d -> d.equals(directive) || d.startsWith(directive + " "));
    }

    String argument(String directive) {
        return directives.stream().filter(d -> d.startsWith(directive + " ")).map(d -> d.substring(directive.length() + 1))
                .findFirst().orElse(null);
    }

    /** Whether the recording kept the response headers (the documentation samples have none). */
    boolean hasHeaders() {
        return !headers.isEmpty();
    }

    @Override
    public String toString() {
        return name;
    }
}
