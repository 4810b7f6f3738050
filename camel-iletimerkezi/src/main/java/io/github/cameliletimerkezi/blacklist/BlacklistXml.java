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

import io.github.cameliletimerkezi.client.HttpAnswer;
import io.github.cameliletimerkezi.client.xml.AuthenticationElement;
import io.github.cameliletimerkezi.client.xml.BlacklistElement;
import io.github.cameliletimerkezi.client.xml.RequestEnvelope;
import io.github.cameliletimerkezi.client.xml.ResponseEnvelope;
import io.github.cameliletimerkezi.client.xml.XmlCodec;
import org.xml.sax.SAXException;

/**
 * The blacklist calls on the wire: {@code <request><authentication/><blacklist>...</blacklist></request>} and the
 * {@code <response>} with {@code <blacklist><count/><number/>...</blacklist>}, both through the component's XML codec;
 * this class only maps the blacklist's types to the codec's elements and back.
 */
final class BlacklistXml {

    private BlacklistXml() {
    }

    /** The {@code <blacklist>} of a list call: the page, and the filter when a time is set. */
    static BlacklistElement list(BlacklistQuery query) {
        BlacklistElement blacklist = new BlacklistElement();
        if (query.getStart() != null || query.getEnd() != null) {
            blacklist.filter = new BlacklistElement.Filter();
            blacklist.filter.start = query.getStart();
            blacklist.filter.end = query.getEnd();
        }
        blacklist.page = query.getPage();
        blacklist.rowCount = query.getRowCount();
        return blacklist;
    }

    /** The {@code <blacklist>} of an add or delete call: one number, already in its canonical form. */
    static BlacklistElement number(String number) {
        BlacklistElement blacklist = new BlacklistElement();
        blacklist.number = number;
        return blacklist;
    }

    static byte[] write(AuthenticationElement authentication, BlacklistElement blacklist) {
        RequestEnvelope request = new RequestEnvelope();
        request.authentication = authentication;
        request.blacklist = blacklist;
        return XmlCodec.write(request);
    }

    /**
     * @throws SAXException when the answer is not XML, has a DOCTYPE or its root is not {@code <response>}
     */
    static ResponseEnvelope read(HttpAnswer answer) throws SAXException, IOException {
        // a byte-order mark names the encoding itself, whatever the header says
        return XmlCodec.readResponse(answer.bytes(), answer.bomCharset() != null ? null : answer.declaredCharset());
    }

    /** The page an answer's {@code <blacklist>} holds: its numbers (blank ones left out, trimmed) and count. */
    static BlacklistPage page(ResponseEnvelope.BlacklistNumbers blacklist) {
        List<String> numbers = blacklist.number == null ? List.of()
                : blacklist.number.stream().filter(n -> n != null && !n.isBlank()).map(String::trim).toList();
        return new BlacklistPage(count(blacklist.count), numbers);
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
