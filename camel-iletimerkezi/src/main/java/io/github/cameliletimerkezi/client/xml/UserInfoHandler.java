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

import java.util.LinkedHashMap;
import java.util.Map;

import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the legacy {@code <userInfo>} answer in one pass: the root's child elements into fields, and the document
 * written again as it streams by, without the {@code password} element the service sends in clear text (whatever its
 * case). Element names are as written, prefixes included. Not shared; one instance reads one document.
 */
final class UserInfoHandler extends DefaultHandler {

    private static final String USER_INFO = "userInfo";
    private static final String PASSWORD = "password";

    private int depth;
    private String root;
    private final Map<String, String> fields = new LinkedHashMap<>();
    private final StringBuilder body = new StringBuilder(1024);
    private final StringBuilder field = new StringBuilder(64);
    private String fieldName;
    /** The depth of the password element being left out, or 0. */
    private int leftOutFrom;
    /** The last start tag still lacks its {@code >}: it becomes {@code />} if the element ends without content. */
    private boolean startTagOpen;

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        depth++;
        if (depth == 1) {
            root = qName;
        }
        if (!USER_INFO.equals(root) || leftOutFrom > 0) {
            return;
        }
        if (depth == 2) {
            if (PASSWORD.equalsIgnoreCase(qName)) {
                leftOutFrom = depth;
                return;
            }
            fieldName = qName;
            field.setLength(0);
        }
        closeStartTag();
        body.append('<').append(qName);
        for (int i = 0; i < attributes.getLength(); i++) {
            body.append(' ').append(attributes.getQName(i)).append("=\"");
            escape(attributes.getValue(i), true);
            body.append('"');
        }
        startTagOpen = true;
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (!USER_INFO.equals(root) || leftOutFrom > 0) {
            return;
        }
        if (depth >= 2) {
            field.append(ch, start, length);
        }
        if (length > 0) {
            closeStartTag();
            escape(new String(ch, start, length), false);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        if (USER_INFO.equals(root)) {
            if (leftOutFrom > 0) {
                if (depth == leftOutFrom) {
                    leftOutFrom = 0;
                }
            } else {
                if (depth == 2) {
                    fields.put(fieldName, field.toString().trim());
                }
                if (startTagOpen) {
                    body.append("/>");
                    startTagOpen = false;
                } else {
                    body.append("</").append(qName).append('>');
                }
            }
        }
        depth--;
    }

    UserInfoAnswer answer() {
        boolean userInfo = USER_INFO.equals(root);
        return new UserInfoAnswer(root, userInfo ? fields : Map.of(), userInfo ? body.toString() : null);
    }

    private void closeStartTag() {
        if (startTagOpen) {
            body.append('>');
            startTagOpen = false;
        }
    }

    private void escape(String text, boolean attribute) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> body.append("&amp;");
                case '<' -> body.append("&lt;");
                case '>' -> body.append("&gt;");
                case '\r' -> body.append("&#13;");
                case '"' -> body.append(attribute ? "&quot;" : "\"");
                case '\t' -> body.append(attribute ? "&#9;" : "\t");
                case '\n' -> body.append(attribute ? "&#10;" : "\n");
                default -> body.append(c);
            }
        }
    }
}
