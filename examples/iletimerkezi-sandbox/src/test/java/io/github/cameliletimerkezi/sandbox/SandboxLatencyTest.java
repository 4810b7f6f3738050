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

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With a latency, answers are held back without holding a request thread: more requests than the sandbox has threads
 * are answered, each with its own answer, and the requests are counted as without latency.
 */
class SandboxLatencyTest {

    private static final String USER = "<authentication><username>5551112233</username><password>sandbox-password</password></authentication>";

    @Test
    void heldBackAnswersAreTheSameAnswers() throws Exception {
        int concurrent = 12;
        try (IletiMerkeziSandbox sandbox = IletiMerkeziSandbox.builder().latency(Duration.ofMillis(100)).threads(1)
                .smsCredits(concurrent).start()) {
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            List<CompletableFuture<HttpResponse<String>>> sends = new ArrayList<>();
            for (int i = 0; i < concurrent; i++) {
                String xml = "<request>" + USER + "<order><sender>APITEST</sender><sendDateTime></sendDateTime><message>"
                             + "<text>Gecikme " + i + "</text><receipents><number>53012000" + String.format("%02d", i)
                             + "</number></receipents></message></order></request>";
                sends.add(http.sendAsync(HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + "/send-sms"))
                        .header("Content-Type", "text/xml; charset=utf-8")
                        .POST(HttpRequest.BodyPublishers.ofString(xml, StandardCharsets.UTF_8)).build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
            }
            List<String> ids = new ArrayList<>();
            for (CompletableFuture<HttpResponse<String>> send : sends) {
                HttpResponse<String> answer = send.get();
                assertThat(answer.statusCode()).isEqualTo(200);
                ids.add(answer.body().replaceAll("(?s).*<id>(\\d+)</id>.*", "$1"));
            }
            assertThat(ids).doesNotHaveDuplicates().hasSize(concurrent);
            assertThat(sandbox.smsCredits()).isZero();
            assertThat(sandbox.requestCount()).isEqualTo(concurrent);
            assertThat(sandbox.settings().latency()).isEqualTo(Duration.ofMillis(100));
        }
    }
}
