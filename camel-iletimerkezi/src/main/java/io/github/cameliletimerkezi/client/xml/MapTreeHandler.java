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

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Builds nested maps and lists from SAX events, the shape the provider's Ruby client gives from {@code to_h}: an
 * element with child elements becomes a map of them (its own text between them is dropped), a repeated element a
 * list, a leaf its text (null when empty). Element names are as written, prefixes included. The maps are the result
 * itself, built while the parser streams: no document tree is kept. Not shared; one instance reads one document.
 */
final class MapTreeHandler extends DefaultHandler {

    /** An open element: its text until a child element shows up, then its children. */
    private static final class Open {
        final String name;
        final StringBuilder text = new StringBuilder();
        Map<String, Object> children;

        Open(String name) {
            this.name = name;
        }

        Object value() {
            if (children != null) {
                return children;
            }
            return text.isEmpty() ? null : text.toString();
        }
    }

    private final Deque<Open> open = new ArrayDeque<>();
    private String rootName;
    private Object rootValue;

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        Open parent = open.peek();
        if (parent != null && parent.children == null) {
            parent.children = new LinkedHashMap<>();
        }
        open.push(new Open(qName));
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        Open current = open.peek();
        if (current != null && current.children == null) {
            current.text.append(ch, start, length);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        Open done = open.pop();
        Object value = done.value();
        Open parent = open.peek();
        if (parent == null) {
            rootName = done.name;
            rootValue = value;
            return;
        }
        Map<String, Object> children = parent.children;
        // empty leaves are null, which Map.merge does not accept
        children.put(done.name, children.containsKey(done.name) ? repeat(children.get(done.name), value) : value);
    }

    /** The root element's name; null before a document was read. */
    String rootName() {
        return rootName;
    }

    /** The root element's content: a map, its text, or null. */
    Object rootValue() {
        return rootValue;
    }

    @SuppressWarnings("unchecked")
    private static Object repeat(Object existing, Object next) {
        List<Object> list;
        if (existing instanceof RepeatedElements) {
            list = (List<Object>) existing;
        } else {
            list = new RepeatedElements();
            list.add(existing);
        }
        list.add(next);
        return list;
    }

    /** Marks a list made from repeated elements, so a third repeat extends it rather than nesting. */
    private static final class RepeatedElements extends ArrayList<Object> {
        private static final long serialVersionUID = 1L;
    }
}
