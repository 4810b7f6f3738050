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
package io.github.cameliletimerkezi.blacklist;

import java.io.IOException;

import io.github.cameliletimerkezi.client.ApiTransport;
import io.github.cameliletimerkezi.client.HttpAnswer;
import io.github.cameliletimerkezi.client.IletiMerkeziException;
import io.github.cameliletimerkezi.client.xml.BlacklistElement;
import io.github.cameliletimerkezi.client.xml.ResponseEnvelope;
import io.github.cameliletimerkezi.model.IletiMerkeziResponse;
import io.github.cameliletimerkezi.model.MobileNumbers;
import org.xml.sax.SAXException;

/**
 * The blacklist over the provider's XML API: {@code get-blacklist}, {@code add-blacklist}, {@code delete-blacklist}.
 * The API takes one number per add or delete; numbers are checked and written as {@code +905xxxxxxxxx} before
 * anything is sent.
 */
public final class BlacklistCalls {

    public static final String LIST = "blacklist";
    public static final String ADD = "addToBlacklist";
    public static final String REMOVE = "removeFromBlacklist";

    private final ApiTransport transport;

    public BlacklistCalls(ApiTransport transport) {
        this.transport = transport;
    }

    public IletiMerkeziResponse list(BlacklistQuery query) throws IOException {
        return call(LIST, "/get-blacklist", BlacklistXml.list(query == null ? BlacklistQuery.firstPage() : query));
    }

    public IletiMerkeziResponse add(String number) throws IOException {
        return call(ADD, "/add-blacklist", one(number));
    }

    public IletiMerkeziResponse remove(String number) throws IOException {
        return call(REMOVE, "/delete-blacklist", one(number));
    }

    private static BlacklistElement one(String number) {
        return BlacklistXml.number(MobileNumbers.canonical(number, "number"));
    }

    private IletiMerkeziResponse call(String operation, String path, BlacklistElement blacklist) throws IOException {
        byte[] request = BlacklistXml.write(transport.authentication(), blacklist);
        HttpAnswer answer = transport.post(operation, path, ApiTransport.XML, request);
        return read(operation, answer);
    }

    static IletiMerkeziResponse read(String operation, HttpAnswer answer) {
        if (answer.body().isBlank()) {
            throw new IletiMerkeziException(operation, answer.status(), "the body is empty", null);
        }
        ResponseEnvelope response;
        try {
            response = BlacklistXml.read(answer);
        } catch (SAXException | IOException | RuntimeException e) {
            throw new IletiMerkeziException(operation, answer.status(),
                    "the body is not İleti Merkezi XML: " + ApiTransport.snippet(answer.body()), e);
        }
        int code = ApiTransport.statusCode(operation, answer, response.status == null ? null : response.status.code);
        IletiMerkeziResponse.Builder builder = IletiMerkeziResponse.builder(operation, code)
                .message(response.status == null ? null : response.status.message)
                .body(answer.body());
        if (response.blacklist != null) {
            builder.payload(BlacklistXml.page(response.blacklist));
        }
        return builder.build();
    }
}
