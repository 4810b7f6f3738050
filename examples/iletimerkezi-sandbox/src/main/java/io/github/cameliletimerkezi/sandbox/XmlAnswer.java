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

/**
 * Writes answers byte for byte in the layout of the provider's recorded answers: an XML declaration, then
 * {@code <response><status><code/><message/></status>...</response>} indented by two spaces, one element a line, a
 * newline at the end. A value that is empty or zero-as-empty is written as an empty element ({@code <waiting/>}).
 */
final class XmlAnswer {

    private final StringBuilder xml = new StringBuilder(256);
    private int depth;

    private XmlAnswer() {
    }

    static XmlAnswer status(int code) {
        XmlAnswer answer = new XmlAnswer();
        answer.xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        return answer.open("response").open("status").element("code", code).element("message", StatusMessages.of(code))
                .close("status");
    }

    XmlAnswer open(String name) {
        indent().append('<').append(name).append(">\n");
        depth++;
        return this;
    }

    XmlAnswer close(String name) {
        depth--;
        indent().append("</").append(name).append(">\n");
        return this;
    }

    /** An element with text, or an empty element when the value is null or empty. */
    XmlAnswer element(String name, Object value) {
        String text = value == null ? "" : value.toString();
        indent().append('<').append(name);
        if (text.isEmpty()) {
            xml.append("/>\n");
        } else {
            xml.append('>');
            escape(xml, text);
            xml.append("</").append(name).append(">\n");
        }
        return this;
    }

    /** A counter as the provider writes it: its digits, or an empty element for zero. */
    XmlAnswer counter(String name, long value) {
        return element(name, value == 0 ? null : value);
    }

    String end() {
        return close("response").xml.toString();
    }

    private StringBuilder indent() {
        for (int i = 0; i < depth; i++) {
            xml.append("  ");
        }
        return xml;
    }

    static void escape(StringBuilder xml, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> xml.append("&amp;");
                case '<' -> xml.append("&lt;");
                case '>' -> xml.append("&gt;");
                default -> xml.append(c);
            }
        }
    }
}
