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
package io.github.cameliletimerkezi.model;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/**
 * Reads an XML answer into nested maps and lists, the shape the provider's Ruby client gives from {@code to_h}: an
 * element with children becomes a map, a repeated element a list, a leaf its text (null when empty).
 */
public final class XmlTree {

    private static final DocumentBuilderFactory FACTORY = secureFactory();

    private XmlTree() {
    }

    /** Parses XML with DTDs and external entities disabled. */
    public static Document parse(String xml) throws Exception {
        DocumentBuilder builder = FACTORY.newDocumentBuilder();
        builder.setErrorHandler(null);
        return builder.parse(new InputSource(new StringReader(xml)));
    }

    /**
     * The answer as maps: the content of a {@code <response>} root, or {@code {root: content}} for any other root.
     * An answer that is not XML gives an empty map.
     */
    public static Map<String, Object> toMap(String xml) {
        if (xml == null || xml.isBlank()) {
            return Map.of();
        }
        Element root;
        try {
            root = parse(xml).getDocumentElement();
        } catch (Exception e) {
            return Map.of();
        }
        Object content = read(root);
        if ("response".equals(root.getTagName()) && content instanceof Map<?, ?>) {
            @SuppressWarnings("unchecked")
            Map<String, Object> map = (Map<String, Object>) content;
            return map;
        }
        Map<String, Object> wrapped = new LinkedHashMap<>();
        wrapped.put(root.getTagName(), content);
        return wrapped;
    }

    private static Object read(Element element) {
        Map<String, Object> children = new LinkedHashMap<>();
        for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element child) {
                String name = child.getTagName();
                Object value = read(child);
                // empty leaves are null, which Map.merge does not accept
                children.put(name, children.containsKey(name) ? repeat(children.get(name), value) : value);
            }
        }
        if (children.isEmpty()) {
            String text = element.getTextContent();
            return text == null || text.isEmpty() ? null : text;
        }
        return children;
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
    }

    private static DocumentBuilderFactory secureFactory() {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        try {
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The XML parser cannot be secured", e);
        }
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        factory.setNamespaceAware(false);
        return factory;
    }
}
