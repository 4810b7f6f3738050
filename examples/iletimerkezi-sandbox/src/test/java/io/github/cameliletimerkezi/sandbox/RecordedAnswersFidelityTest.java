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

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every recorded sample of the provider's API (src/test/resources/recorded, copied from the reference) replayed
 * against the sandbox: the same status, the same element names and nesting, empty and filled elements in the same
 * places, the same number and date formats; for the recordings that kept them, the same headers and XML declaration;
 * and for the answers that carry no account data, the same bytes. Requests go out with the provider's Ruby client's
 * headers, {@code Accept-Encoding: gzip} included.
 */
class RecordedAnswersFidelityTest {

    private static final String USERNAME = "5551112233";
    private static final String PASSWORD = "123456";
    /** The submit time of the recorded report, so the sandbox's report times read alike. */
    private static final LocalDateTime RECORDED_SUBMIT = LocalDateTime.of(2018, 1, 16, 15, 8, 37);
    /** Headers whose recorded value cannot recur: the server software, the date, the (compressed) length. */
    private static final Set<String> NOT_COMPARED = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    private static final Pattern SESSION_COOKIE = Pattern.compile("emsid=[0-9a-v]{26}; path=/");

    static {
        NOT_COMPARED.addAll(List.of("Server", "Date", "Content-Length"));
    }

    private final HttpClient http = HttpClient.newHttpClient();

    static Stream<RecordedSample> samples() throws IOException, URISyntaxException {
        Path directory = Path.of(RecordedAnswersFidelityTest.class.getResource("/recorded").toURI());
        try (Stream<Path> files = Files.list(directory)) {
            List<RecordedSample> samples = files.filter(f -> f.toString().endsWith(".http")).sorted().map(f -> {
                try {
                    return RecordedSample.read(f);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
            return samples.stream();
        }
    }

    @Test
    void everySampleOfTheReferenceIsReplayed() throws Exception {
        assertThat(samples().map(RecordedSample::name)).containsExactlyInAnyOrder(
                // the provider's Ruby client's recordings
                "balance.http", "cancel-455.http", "report-455.http", "send-single.http", "send-multi.http",
                "legacy-account-info.http", "legacy-sender-list.http", "report-readme.http",
                // the provider's documentation samples of XML answers
                "get-sender-docs.http", "error-400-docs.http", "cancel-200-docs.http");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void sandboxAnswersAsRecorded(RecordedSample sample) throws Exception {
        SandboxClock clock = new SandboxClock().freezeAt(RECORDED_SUBMIT.atZone(SandboxAccount.ISTANBUL).toInstant());
        try (IletiMerkeziSandbox sandbox = IletiMerkeziSandbox.builder().clock(clock).credentials(USERNAME, PASSWORD)
                .amount(1).smsCredits(100).firstOrderId(428).failureRatio(0).deliveryDelay(Duration.ofSeconds(3))
                .start()) {
            given(sample, sandbox, clock);
            Answer answer = post(sandbox, sample.path(), credentials(sample.requestBody()));

            assertThat(answer.status).as("status").isEqualTo(sample.status());
            if (sample.hasHeaders()) {
                assertHeaders(sample, answer);
            }
            Answer bodyAnswer = answer;
            String edited = sample.argument("edited-body");
            if (edited != null) {
                String[] replacement = edited.split("=", 2);
                bodyAnswer = post(sandbox, sample.path(), credentials(sample.requestBody()).replace(replacement[0], replacement[1]));
            }
            assertThat(XmlShape.differences(sample.body(), bodyAnswer.body)).as("differences from the recorded body of "
                                                                                + sample + ":\n" + bodyAnswer.body).isEmpty();
            if (sample.hasHeaders()) {
                assertThat(bodyAnswer.body.startsWith("<?xml")).as("XML declaration")
                        .isEqualTo(sample.body().startsWith("<?xml"));
            }
            if (sample.has("identical")) {
                assertThat(answer.body).isEqualTo(sample.body());
            }
        }
    }

    private static void assertHeaders(RecordedSample sample, Answer answer) {
        for (Map.Entry<String, String> recorded : sample.headers().entrySet()) {
            String name = recorded.getKey();
            if (name.equalsIgnoreCase("Server")) {
                continue; // the sandbox does not pretend to be the provider's nginx
            }
            if (NOT_COMPARED.contains(name)) {
                assertThat(answer.headers).as("header " + name).containsKey(name);
            } else if (name.equalsIgnoreCase("Set-Cookie")) {
                assertThat(answer.headers.get(name)).as("header " + name).matches(SESSION_COOKIE);
            } else {
                assertThat(answer.headers.get(name)).as("header " + name).isEqualTo(recorded.getValue());
            }
        }
        Set<String> extra = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        extra.addAll(answer.headers.keySet());
        extra.removeAll(sample.headers().keySet());
        // the Ruby client unpacks gzip and drops Content-Encoding from what it records; a smaller recorded
        // Content-Length than the body shows the compression
        extra.remove("Content-Encoding");
        assertThat(extra).as("headers the recording does not have").isEmpty();
        if (answer.status == 200) {
            assertThat(answer.headers.get("Content-Encoding")).as("200 answers are compressed for a client that accepts gzip")
                    .isEqualTo("gzip");
        } else {
            assertThat(answer.headers).doesNotContainKey("Content-Encoding");
        }
    }

    /** The state a sample's request needs: an order delivered, or one scheduled, with the id 428. */
    private void given(RecordedSample sample, IletiMerkeziSandbox sandbox, SandboxClock clock) throws Exception {
        String given = sample.argument("given");
        if (given == null) {
            return;
        }
        String sendAt = switch (given) {
            case "delivered-order" -> "16/01/2018 15:08";
            case "scheduled-order" -> "16/01/2018 16:08";
            default -> throw new IllegalStateException("unknown given " + given);
        };
        Answer sent = post(sandbox, "/v1/send-sms", credentials("<request><authentication><username>USERNAME</username>"
                + "<password>PASSWORD</password></authentication><order><sender>APITEST</sender><sendDateTime>" + sendAt
                + "</sendDateTime><message><text>Merhaba</text><receipents><number>5301234567</number></receipents>"
                + "</message></order></request>"));
        assertThat(sent.body).contains("<id>428</id>");
        if (given.equals("delivered-order")) {
            clock.advance(Duration.ofMinutes(1));
        }
    }

    private static String credentials(String body) {
        return body.replace("USERNAME", USERNAME).replace("PASSWORD", PASSWORD);
    }

    private Answer post(IletiMerkeziSandbox sandbox, String path, String body) throws Exception {
        String root = sandbox.baseUrl().substring(0, sandbox.baseUrl().length() - "/v1".length());
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(root + path))
                .header("Accept", "xml").header("Content-Type", "text/xml;charset=utf-8")
                .header("Accept-Encoding", "gzip;q=1.0,deflate;q=0.6,identity;q=0.3")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        response.headers().map().forEach((name, values) -> headers.put(name, String.join(", ", values)));
        byte[] bytes = response.body();
        if ("gzip".equals(headers.get("Content-Encoding"))) {
            try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
                bytes = in.readAllBytes();
            }
        }
        return new Answer(response.statusCode(), headers, new String(bytes, StandardCharsets.UTF_8));
    }

    private record Answer(int status, Map<String, String> headers, String body) {
    }
}
