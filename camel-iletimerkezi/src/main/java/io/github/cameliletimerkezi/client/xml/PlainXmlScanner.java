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

import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;

/**
 * Reads the plain documents the provider answers with into SAX events, without the JDK parser's fixed cost per
 * document (its per-document reset and the end-of-input exception it throws and catches after the root element were
 * most of a send's answer reading, see docs/performance.md). It knows a strict subset of XML and nothing else: an
 * optional {@code <?xml version="1.0"?>} declaration (encoding UTF-8 or none), elements without attributes whose names
 * are ASCII letters, digits, {@code _ . -} (no namespace prefix), text without {@code &}, CR, {@code ]]>}, control
 * characters or U+FFFD, and whitespace around the root. A document with anything else (a DOCTYPE, a comment, CDATA, an
 * entity, an attribute, a namespace, a byte-order mark, a malformed tag) makes {@link #scan} return false, and the
 * caller reads it with the secured SAX parser, which gives it its full treatment or its error. Within the subset the
 * events are those the namespace-aware SAX parser gives: no namespace, the name as local and qualified name, no
 * attributes. Names up to 64 characters and 16 levels of elements are taken; longer or deeper goes to the parser. One
 * instance per thread at a time: it keeps its buffers between documents.
 */
final class PlainXmlScanner {

    private static final Attributes NO_ATTRIBUTES = new AttributesImpl();
    private static final String[] DECLARATIONS = {
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "<?xml version=\"1.0\" encoding=\"utf-8\"?>", "<?xml version=\"1.0\"?>"
    };
    /**
     * Deeper documents, and longer names, are left to the SAX parser, so its limits (jdk.xml.maxElementDepth,
     * jdk.xml.maxXMLNameLimit, 1000 by default) apply to them even when set low; the provider's answers nest 4 deep.
     */
    private static final int MAX_DEPTH = 16;
    private static final int MAX_NAME = 64;
    /** A larger buffer is not kept for the next document. */
    private static final int MAX_KEPT_CHARS = 1 << 16;

    private char[] chars = new char[1024];
    private final String[] open = new String[MAX_DEPTH];
    /** Element names seen before, so a repeated name is not a new string each time. */
    private final String[] names = new String[64];

    /**
     * Sends the document's events to the handler, or returns false when the document is outside the subset; the
     * handler may then have seen some events and is started again by the SAX parser's {@code startDocument}.
     *
     * @throws SAXException only from the handler itself
     */
    boolean scan(String xml, ContentHandler handler) throws SAXException {
        int length = xml.length();
        if (chars.length < length || chars.length > MAX_KEPT_CHARS && length <= MAX_KEPT_CHARS) {
            chars = new char[Math.max(length, 1024)];
        }
        xml.getChars(0, length, chars, 0);
        return scan(chars, length, handler);
    }

    private boolean scan(char[] c, int end, ContentHandler handler) throws SAXException {
        int i = declaration(c, end);
        if (i < 0) {
            return false;
        }
        i = whitespace(c, i, end);
        if (i >= end || c[i] != '<') {
            return false;
        }
        handler.startDocument();
        int depth = 0;
        boolean rootClosed = false;
        while (i < end) {
            if (c[i] != '<') {
                int textEnd = i;
                while (textEnd < end && c[textEnd] != '<') {
                    if (!plainTextChar(c, textEnd, end)) {
                        return false;
                    }
                    textEnd++;
                }
                if (depth == 0) {
                    // only whitespace may follow the root element (nothing precedes it here)
                    if (whitespace(c, i, textEnd) != textEnd || textEnd != end) {
                        return false;
                    }
                } else {
                    handler.characters(c, i, textEnd - i);
                }
                i = textEnd;
                continue;
            }
            if (rootClosed) {
                return false;
            }
            if (i + 1 < end && c[i + 1] == '/') {
                int nameEnd = name(c, i + 2, end);
                if (nameEnd < 0 || depth == 0) {
                    return false;
                }
                String name = open[depth - 1];
                if (!sameName(name, c, i + 2, nameEnd)) {
                    return false;
                }
                int close = whitespace(c, nameEnd, end);
                if (close >= end || c[close] != '>') {
                    return false;
                }
                handler.endElement("", name, name);
                depth--;
                rootClosed = depth == 0;
                i = close + 1;
                continue;
            }
            int nameEnd = name(c, i + 1, end);
            if (nameEnd < 0 || depth == MAX_DEPTH) {
                return false;
            }
            int close = whitespace(c, nameEnd, end);
            boolean empty = close + 1 < end && c[close] == '/' && c[close + 1] == '>';
            if (!empty && (close >= end || c[close] != '>')) {
                return false;
            }
            String name = intern(c, i + 1, nameEnd);
            handler.startElement("", name, name, NO_ATTRIBUTES);
            if (empty) {
                handler.endElement("", name, name);
                rootClosed = depth == 0;
                i = close + 2;
            } else {
                open[depth++] = name;
                i = close + 1;
            }
        }
        if (!rootClosed) {
            return false;
        }
        handler.endDocument();
        return true;
    }

    /** Where the document goes on after its declaration (0 without one), or -1 for one outside the subset. */
    private static int declaration(char[] c, int end) {
        if (end < 2 || c[0] != '<' || c[1] != '?') {
            return 0;
        }
        for (String declaration : DECLARATIONS) {
            if (startsWith(c, end, declaration)) {
                return declaration.length();
            }
        }
        return -1;
    }

    private static boolean startsWith(char[] c, int end, String prefix) {
        if (end < prefix.length()) {
            return false;
        }
        for (int k = 0; k < prefix.length(); k++) {
            if (c[k] != prefix.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** The end of a name starting at {@code from}, or -1 when there is none or it is outside the subset. */
    private static int name(char[] c, int from, int end) {
        if (from >= end || !(letter(c[from]) || c[from] == '_')) {
            return -1;
        }
        int k = from + 1;
        while (k < end && (letter(c[k]) || c[k] >= '0' && c[k] <= '9' || c[k] == '_' || c[k] == '.' || c[k] == '-')) {
            k++;
        }
        return k - from <= MAX_NAME ? k : -1;
    }

    private static boolean letter(char ch) {
        return ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z';
    }

    /** Space, tab and line feed; a carriage return is left to the SAX parser, which normalizes line ends. */
    private static int whitespace(char[] c, int from, int end) {
        int k = from;
        while (k < end && (c[k] == ' ' || c[k] == '\n' || c[k] == '\t')) {
            k++;
        }
        return k;
    }

    /**
     * A character text may hold as it is: no markup or reference, no CR (line ends are normalized), no {@code ]]>},
     * a character XML allows, and no U+FFFD (a byte sequence the decoder could not read becomes one).
     */
    private static boolean plainTextChar(char[] c, int k, int end) {
        char ch = c[k];
        if (ch < 0x20) {
            return ch == '\n' || ch == '\t';
        }
        if (ch == '&' || ch == '\uFFFD' || ch == '\uFFFE' || ch == '\uFFFF') {
            return false;
        }
        if (ch == '>') {
            return k < 2 || c[k - 1] != ']' || c[k - 2] != ']';
        }
        if (Character.isHighSurrogate(ch)) {
            return k + 1 < end && Character.isLowSurrogate(c[k + 1]);
        }
        if (Character.isLowSurrogate(ch)) {
            return k > 0 && Character.isHighSurrogate(c[k - 1]);
        }
        return true;
    }

    private static boolean sameName(String name, char[] c, int from, int to) {
        if (name.length() != to - from) {
            return false;
        }
        for (int k = 0; k < name.length(); k++) {
            if (name.charAt(k) != c[from + k]) {
                return false;
            }
        }
        return true;
    }

    private String intern(char[] c, int from, int to) {
        int hash = 0;
        for (int k = from; k < to; k++) {
            hash = 31 * hash + c[k];
        }
        int slot = hash & (names.length - 1);
        String known = names[slot];
        if (known != null && sameName(known, c, from, to)) {
            return known;
        }
        String name = new String(c, from, to - from);
        names[slot] = name;
        return name;
    }
}
