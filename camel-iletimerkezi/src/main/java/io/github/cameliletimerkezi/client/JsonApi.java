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
package io.github.cameliletimerkezi.client;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cameliletimerkezi.client.xml.AuthenticationElement;
import io.github.cameliletimerkezi.model.IletiMerkeziResponse;

/**
 * The provider's JSON API ({@code /v1/<op>/json}): the {@code {"request":{"authentication":{...}, ...}}} envelope
 * out, the {@code {"response":{"status":{"code","message"}, ...}}} envelope back. Codes and ids come as numbers or as
 * strings; both are read.
 */
public final class JsonApi {

    /** One mapper per JVM: thread-safe once configured. */
    public static final ObjectMapper MAPPER = new ObjectMapper();

    private final ApiTransport transport;

    public JsonApi(ApiTransport transport) {
        this.transport = transport;
    }

    /** A parsed answer: the response object (empty when the answer carried none) and the provider's response. */
    public record Answer(JsonNode response, IletiMerkeziResponse.Builder builder) {
    }

    /** A request envelope with the authentication filled in; add the operation's fields to {@code request}. */
    public ObjectNode envelope() {
        ObjectNode root = MAPPER.createObjectNode();
        ObjectNode request = root.putObject("request");
        ObjectNode authentication = request.putObject("authentication");
        AuthenticationElement credentials = transport.authentication();
        if (credentials.key != null) {
            authentication.put("key", credentials.key).put("hash", credentials.hash);
        } else {
            authentication.put("username", credentials.username).put("password", credentials.password);
        }
        return root;
    }

    /** POSTs the envelope to {@code path} and reads the answer's status. */
    public Answer call(String operation, String path, ObjectNode envelope) throws IOException {
        HttpAnswer answer = transport.post(operation, path, ApiTransport.JSON, MAPPER.writeValueAsBytes(envelope));
        return read(operation, answer);
    }

    /**
     * Reads a JSON answer.
     *
     * @throws IletiMerkeziException when the body is not the provider's JSON
     */
    public static Answer read(String operation, HttpAnswer answer) {
        if (answer.body().isBlank()) {
            throw new IletiMerkeziException(operation, answer.status(), "the body is empty", null);
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(answer.body());
        } catch (JsonProcessingException e) {
            throw new IletiMerkeziException(operation, answer.status(),
                    "the body is not İleti Merkezi JSON: " + ApiTransport.snippet(answer.body()), e);
        }
        JsonNode response = root == null ? null : root.get("response");
        if (response == null || !response.isObject()) {
            throw new IletiMerkeziException(operation, answer.status(),
                    "the body has no response object: " + ApiTransport.snippet(answer.body()), null);
        }
        JsonNode status = response.path("status");
        int code = ApiTransport.statusCode(operation, answer, text(status.get("code")));
        @SuppressWarnings("unchecked")
        Map<String, Object> map = MAPPER.convertValue(response, LinkedHashMap.class);
        IletiMerkeziResponse.Builder builder = IletiMerkeziResponse.builder(operation, code)
                .message(text(status.get("message")))
                .body(answer.body())
                .map(map);
        return new Answer(response, builder);
    }

    /** A value's text, whether it came as a string or a number; null when absent, null or blank. */
    public static String text(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        String text = node.asText().trim();
        return text.isEmpty() ? null : text;
    }

    /** A whole number written as a number or a string; null when absent or not a number. */
    public static Integer integer(JsonNode node) {
        String text = text(node);
        if (text == null) {
            return null;
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
