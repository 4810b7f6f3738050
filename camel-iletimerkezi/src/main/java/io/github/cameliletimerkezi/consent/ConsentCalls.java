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
package io.github.cameliletimerkezi.consent;

import java.io.IOException;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cameliletimerkezi.client.ApiTransport;
import io.github.cameliletimerkezi.client.JsonApi;
import io.github.cameliletimerkezi.model.IletiMerkeziResponse;

/**
 * İYS consent over the JSON-only endpoints {@code consent/create/json} (1 to {@value #MAX_RECORDS} records a call)
 * and {@code consent/show/json} (one recipient; 422 means no record). 403 means the account has no İYS subscription.
 */
public final class ConsentCalls {

    public static final String ADD = "addConsent";
    public static final String SHOW = "consent";
    /** The provider's largest batch. */
    public static final int MAX_RECORDS = 5000;
    /** consent/show's answer when the recipient has no record. */
    public static final int NO_RECORD = 422;

    private final JsonApi api;

    public ConsentCalls(ApiTransport transport) {
        this.api = new JsonApi(transport);
    }

    /**
     * @param brandCode the account's İYS brand code, or null to leave it out
     * @throws IllegalArgumentException for an empty batch or more than {@value #MAX_RECORDS} records
     */
    public IletiMerkeziResponse add(String brandCode, List<ConsentRecord> records) throws IOException {
        if (records == null || records.isEmpty()) {
            throw new IllegalArgumentException("consent records are missing: give 1 to " + MAX_RECORDS + " records");
        }
        if (records.size() > MAX_RECORDS) {
            throw new IllegalArgumentException("consent records: " + records.size() + " in one call; the provider takes at most "
                                               + MAX_RECORDS + " (the addConsent operation splits larger lists)");
        }
        ObjectNode envelope = api.envelope();
        ObjectNode consent = ((ObjectNode) envelope.get("request")).putObject("consent");
        if (brandCode != null && !brandCode.isBlank()) {
            consent.put("brandCode", brandCode.trim());
        }
        ArrayNode list = consent.putArray("list");
        for (ConsentRecord record : records) {
            list.addObject().put("recipient", record.recipient()).put("recipientType", record.recipientType().name())
                    .put("type", record.type().name()).put("source", record.source().name())
                    .put("status", record.status().name()).put("consentDate", record.consentDate());
        }
        return api.call(ADD, "/consent/create/json", envelope).builder().build();
    }

    /** The recipient's consent; the payload is a {@link ConsentRecord}, absent when the answer is 422 (no record). */
    public IletiMerkeziResponse show(String brandCode, ConsentQuery query) throws IOException {
        ObjectNode envelope = api.envelope();
        ObjectNode consent = ((ObjectNode) envelope.get("request")).putObject("consent");
        if (brandCode != null && !brandCode.isBlank()) {
            consent.put("brandCode", brandCode.trim());
        }
        consent.put("recipient", query.recipient()).put("recipientType", query.recipientType().name())
                .put("type", query.type().name());
        JsonApi.Answer answer = api.call(SHOW, "/consent/show/json", envelope);
        JsonNode found = answer.response().get("consent");
        if (found != null && found.isObject() && JsonApi.text(found.get("status")) != null) {
            answer.builder().payload(new ConsentRecord(
                    JsonApi.text(found.get("recipient")) != null ? JsonApi.text(found.get("recipient")) : query.recipient(),
                    query.recipientType(), query.type(),
                    enumOrNull(ConsentSource.class, JsonApi.text(found.get("source"))),
                    enumOrNull(ConsentStatus.class, JsonApi.text(found.get("status"))),
                    JsonApi.text(found.get("consentDate"))));
        }
        return answer.builder().build();
    }

    private static <E extends Enum<E>> E enumOrNull(Class<E> type, String value) {
        try {
            return value == null ? null : Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
