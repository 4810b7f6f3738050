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
import java.util.List;

import javax.xml.stream.XMLStreamException;

import io.github.cameliletimerkezi.client.ApiTransport;
import io.github.cameliletimerkezi.client.HttpAnswer;
import io.github.cameliletimerkezi.client.IletiMerkeziException;
import io.github.cameliletimerkezi.model.IletiMerkeziResponse;
import io.github.cameliletimerkezi.model.MobileNumbers;
import jakarta.xml.bind.JAXBException;

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
        BlacklistQuery checked = query == null ? BlacklistQuery.firstPage() : query;
        BlacklistXml.Blacklist blacklist = new BlacklistXml.Blacklist();
        if (checked.getStart() != null || checked.getEnd() != null) {
            blacklist.filter = new BlacklistXml.Filter();
            blacklist.filter.start = checked.getStart();
            blacklist.filter.end = checked.getEnd();
        }
        blacklist.page = checked.getPage();
        blacklist.rowCount = checked.getRowCount();
        return call(LIST, "/get-blacklist", blacklist);
    }

    public IletiMerkeziResponse add(String number) throws IOException {
        return call(ADD, "/add-blacklist", one(number));
    }

    public IletiMerkeziResponse remove(String number) throws IOException {
        return call(REMOVE, "/delete-blacklist", one(number));
    }

    private static BlacklistXml.Blacklist one(String number) {
        BlacklistXml.Blacklist blacklist = new BlacklistXml.Blacklist();
        blacklist.number = MobileNumbers.canonical(number, "number");
        return blacklist;
    }

    private IletiMerkeziResponse call(String operation, String path, BlacklistXml.Blacklist blacklist) throws IOException {
        BlacklistXml.Request request = new BlacklistXml.Request();
        request.authentication = transport.authentication();
        request.blacklist = blacklist;
        HttpAnswer answer = transport.post(operation, path, ApiTransport.XML, BlacklistXml.write(request));
        return read(operation, answer);
    }

    static IletiMerkeziResponse read(String operation, HttpAnswer answer) {
        if (answer.body().isBlank()) {
            throw new IletiMerkeziException(operation, answer.status(), "the body is empty", null);
        }
        BlacklistXml.Response response;
        try {
            response = BlacklistXml.read(answer.body());
        } catch (JAXBException | XMLStreamException | RuntimeException e) {
            throw new IletiMerkeziException(operation, answer.status(),
                    "the body is not İleti Merkezi XML: " + ApiTransport.snippet(answer.body()), e);
        }
        int code = ApiTransport.statusCode(operation, answer, response.status == null ? null : response.status.code);
        IletiMerkeziResponse.Builder builder = IletiMerkeziResponse.builder(operation, code)
                .message(response.status == null ? null : response.status.message)
                .body(answer.body());
        if (response.blacklist != null) {
            List<String> numbers = response.blacklist.number == null ? List.of()
                    : response.blacklist.number.stream().filter(n -> n != null && !n.isBlank()).map(String::trim).toList();
            builder.payload(new BlacklistPage(count(response.blacklist.count), numbers));
        }
        return builder.build();
    }

    private static Long count(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
