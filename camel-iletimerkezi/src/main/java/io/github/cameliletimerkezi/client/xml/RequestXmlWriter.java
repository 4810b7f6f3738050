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
package io.github.cameliletimerkezi.client.xml;

import java.util.Arrays;
import java.util.List;

/**
 * Writes a {@link RequestEnvelope} (or the legacy {@link UserInfoRequest}) straight to UTF-8 bytes, byte for byte as JAXB writes it from the element classes'
 * annotations (same element order, null fields left out, an element without content written as {@code <order/>},
 * {@code & < >} and carriage return escaped), without JAXB's per-call marshalling machinery. One instance writes one
 * document; it holds no state between documents and is not shared.
 */
final class RequestXmlWriter {

    private static final byte[] AMP = ascii("&amp;");
    private static final byte[] LT = ascii("&lt;");
    private static final byte[] GT = ascii("&gt;");
    private static final byte[] CR = ascii("&#13;");

    private byte[] bytes;
    private int length;
    /** The last start tag still lacks its {@code >}: it becomes {@code />} if the element ends without content. */
    private boolean startTagOpen;

    private RequestXmlWriter(int expectedLength) {
        this.bytes = new byte[expectedLength];
    }

    static byte[] write(RequestEnvelope request) {
        RequestXmlWriter out = new RequestXmlWriter(estimate(request));
        out.start("request");
        AuthenticationElement authentication = request.authentication;
        if (authentication != null) {
            out.start("authentication");
            out.element("username", authentication.username);
            out.element("password", authentication.password);
            out.element("key", authentication.key);
            out.element("hash", authentication.hash);
            out.end("authentication");
        }
        if (request.order != null) {
            out.order(request.order);
        }
        if (request.blacklist != null) {
            out.blacklist(request.blacklist);
        }
        out.end("request");
        return out.bytes();
    }

    /** Writes the legacy {@code <userInfo>} request, which has no {@code <request>} envelope. */
    static byte[] write(UserInfoRequest request) {
        RequestXmlWriter out = new RequestXmlWriter(128);
        out.start("userInfo");
        out.element("userName", request.userName);
        out.element("userPassword", request.userPassword);
        out.end("userInfo");
        return out.bytes();
    }

    private byte[] bytes() {
        return bytes.length == length ? bytes : Arrays.copyOf(bytes, length);
    }

    private void blacklist(BlacklistElement blacklist) {
        start("blacklist");
        if (blacklist.filter != null) {
            start("filter");
            element("start", blacklist.filter.start);
            element("end", blacklist.filter.end);
            end("filter");
        }
        element("number", blacklist.number);
        element("page", blacklist.page == null ? null : blacklist.page.toString());
        element("rowCount", blacklist.rowCount == null ? null : blacklist.rowCount.toString());
        end("blacklist");
    }

    private void order(OrderElement order) {
        start("order");
        element("id", order.id);
        element("page", order.page == null ? null : order.page.toString());
        element("rowCount", order.rowCount == null ? null : order.rowCount.toString());
        element("sender", order.sender);
        element("sendDateTime", order.sendDateTime);
        element("iys", order.iys);
        element("iysList", order.iysList);
        if (order.message != null) {
            for (MessageElement message : order.message) {
                start("message");
                element("text", message.text);
                if (message.numbers != null) {
                    start("receipents");
                    for (String number : message.numbers) {
                        element("number", number);
                    }
                    end("receipents");
                }
                end("message");
            }
        }
        end("order");
    }

    /** Room for the whole document in the usual case, so the buffer is neither grown nor copied. */
    private static int estimate(RequestEnvelope request) {
        int size = 256;
        if (request.order != null && request.order.message != null) {
            for (MessageElement message : request.order.message) {
                size += 64 + (message.text == null ? 0 : message.text.length() * 3);
                List<String> numbers = message.numbers;
                size += numbers == null ? 0 : numbers.size() * 34;
            }
        }
        return size;
    }

    private void element(String name, String value) {
        if (value != null) {
            start(name);
            text(value);
            end(name);
        }
    }

    private void start(String name) {
        closeStartTag();
        ensure(name.length() + 1);
        bytes[length++] = '<';
        asciiName(name);
        startTagOpen = true;
    }

    private void end(String name) {
        if (startTagOpen) {
            ensure(2);
            bytes[length++] = '/';
            bytes[length++] = '>';
            startTagOpen = false;
            return;
        }
        ensure(name.length() + 3);
        bytes[length++] = '<';
        bytes[length++] = '/';
        asciiName(name);
        bytes[length++] = '>';
    }

    private void closeStartTag() {
        if (startTagOpen) {
            ensure(1);
            bytes[length++] = '>';
            startTagOpen = false;
        }
    }

    private void asciiName(String name) {
        for (int i = 0; i < name.length(); i++) {
            bytes[length++] = (byte) name.charAt(i);
        }
    }

    private void text(String value) {
        closeStartTag();
        // at most 3 bytes a char in UTF-8 (a surrogate pair is 2 chars for 4 bytes), at most 5 for an escaped one
        ensure(value.length() * 5);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x80) {
                switch (c) {
                    case '&' -> put(AMP);
                    case '<' -> put(LT);
                    case '>' -> put(GT);
                    case '\r' -> put(CR);
                    default -> bytes[length++] = (byte) c;
                }
            } else if (c < 0x800) {
                bytes[length++] = (byte) (0xC0 | c >> 6);
                bytes[length++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                int codePoint = Character.toCodePoint(c, value.charAt(++i));
                bytes[length++] = (byte) (0xF0 | codePoint >> 18);
                bytes[length++] = (byte) (0x80 | codePoint >> 12 & 0x3F);
                bytes[length++] = (byte) (0x80 | codePoint >> 6 & 0x3F);
                bytes[length++] = (byte) (0x80 | codePoint & 0x3F);
            } else if (Character.isSurrogate(c)) {
                // every text field is checked by XmlChars before it gets here
                throw new IllegalArgumentException("An unpaired surrogate at position " + (i + 1) + " cannot be written as XML");
            } else {
                bytes[length++] = (byte) (0xE0 | c >> 12);
                bytes[length++] = (byte) (0x80 | c >> 6 & 0x3F);
                bytes[length++] = (byte) (0x80 | c & 0x3F);
            }
        }
    }

    private void put(byte[] escaped) {
        System.arraycopy(escaped, 0, bytes, length, escaped.length);
        length += escaped.length;
    }

    private void ensure(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
        }
    }

    private static byte[] ascii(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }
}
