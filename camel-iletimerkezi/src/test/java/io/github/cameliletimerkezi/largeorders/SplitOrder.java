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
package io.github.cameliletimerkezi.largeorders;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

/**
 * The order the split-send tests send, 50,001 recipients so that it splits into a full chunk and one of a single
 * number, and what they count at the server.
 */
final class SplitOrder {

    /** The first recipient: the first chunk's requests contain it. */
    static final String FIRST = "5300000000";
    /** The last recipient, alone in the second chunk. */
    static final String LAST = "5399999999";

    private static final Pattern NUMBER = Pattern.compile("<number>([^<]*)</number>");

    private SplitOrder() {
    }

    static List<String> recipients() {
        List<String> numbers = new ArrayList<>(50_001);
        for (int i = 0; i < 50_000; i++) {
            numbers.add(String.format("530%07d", i));
        }
        numbers.add(LAST);
        return numbers;
    }

    /** Every number of every send request the server received, repeats included. */
    static List<String> numbersAtTheServer(WireMockServer server) {
        List<String> numbers = new ArrayList<>();
        for (LoggedRequest request : server.findAll(postRequestedFor(urlEqualTo("/send-sms")))) {
            Matcher matcher = NUMBER.matcher(new String(request.getBody(), StandardCharsets.UTF_8));
            while (matcher.find()) {
                numbers.add(matcher.group(1));
            }
        }
        return numbers;
    }

    /**
     * The provider's answer accepting an order, with {@code Connection: close}: the next chunk needs a connection of its
     * own, which a closed {@link ClosingGate} refuses.
     */
    static ResponseDefinitionBuilder accepted(int orderId) {
        return aResponse().withStatus(200).withHeader("Content-Type", "text/xml; charset=utf-8")
                .withHeader("Connection", "close")
                .withBody("<response><status><code>200</code><message>İşlem başarılı</message></status><order><id>" + orderId
                          + "</id></order></response>");
    }
}
