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
import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The sandbox's inbox: messages put in by a test are listed by {@code get-inbox/json}, oldest first and a page at a
 * time, with the authentication checked as on every endpoint.
 */
class SandboxInboxTest {

    private static final String AUTH = "{\"authentication\":{\"username\":\"5551112233\",\"password\":\"sandbox-password\"}";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void receivedMessagesAreListedOldestFirstAPageAtATime() throws Exception {
        SandboxClock clock = new SandboxClock().freezeAt(Instant.parse("2026-04-29T07:15:02Z"));
        try (IletiMerkeziSandbox sandbox = IletiMerkeziSandbox.builder().clock(clock).start()) {
            HttpResponse<String> empty = inbox(sandbox, AUTH + "}");
            assertThat(empty.statusCode()).isEqualTo(200);
            assertThat(empty.body()).isEqualTo("{\"response\":{\"status\":{\"code\":200,\"message\":\"İşlem başarılı\"},"
                                               + "\"inbox\":{\"totalRows\":\"0\",\"message\":[]}}}");

            assertThat(sandbox.receiveSms("0530 123 45 67", "7889", "ABC RET")).isEqualTo("1");
            for (int i = 2; i <= SandboxInbox.PAGE_SIZE + 1; i++) {
                sandbox.receiveSms("5301234568", "7889", "yanıt " + i);
            }

            JsonNode first = MAPPER.readTree(inbox(sandbox, AUTH + "}").body()).path("response").path("inbox");
            assertThat(first.path("totalRows").asText()).isEqualTo(String.valueOf(SandboxInbox.PAGE_SIZE + 1));
            assertThat(first.path("message")).hasSize(SandboxInbox.PAGE_SIZE);
            assertThat(first.path("message").get(0).toString()).isEqualTo("{\"id\":\"1\",\"date\":\"2026-04-29 10:15:02\","
                                                                          + "\"sender\":\"+905301234567\",\"receiver\":\"7889\",\"text\":\"ABC RET\"}");
            JsonNode second = MAPPER.readTree(inbox(sandbox, AUTH + ",\"inbox\":{\"page\":2}}").body()).path("response").path("inbox");
            assertThat(second.path("message")).hasSize(1);
            assertThat(second.path("message").get(0).path("text").asText()).isEqualTo("yanıt " + (SandboxInbox.PAGE_SIZE + 1));
        }
    }

    @Test
    void wrongCredentialsAndABadPageAreRefused() throws Exception {
        try (IletiMerkeziSandbox sandbox = IletiMerkeziSandbox.builder().start()) {
            HttpResponse<String> refused = inbox(sandbox,
                    "{\"authentication\":{\"username\":\"5551112233\",\"password\":\"wrong\"}}");
            assertThat(refused.statusCode()).isEqualTo(401);
            assertThat(refused.body()).isEqualTo("{\"response\":{\"status\":{\"code\":401,\"message\":\"Üyelik bilgileri hatalı\"}}}");
            assertThat(inbox(sandbox, AUTH + ",\"inbox\":{\"page\":0}}").statusCode()).isEqualTo(400);
            assertThatThrownBy(() -> sandbox.receiveSms("12", "7889", "x")).hasMessageContaining("sender '12'");
        }
    }

    private HttpResponse<String> inbox(IletiMerkeziSandbox sandbox, String request) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + "/get-inbox/json"))
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString("{\"request\":" + request + "}")).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
