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
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import io.github.cameliletimerkezi.client.xml.XmlCodec;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/**
 * Reads an XML answer into nested maps and lists, the shape the provider's Ruby client gives from {@code to_h}: an
 * element with children becomes a map, a repeated element a list, a leaf its text (null when empty). The maps are
 * built by the component's XML codec while it streams through the answer; no document tree is built.
 */
public final class XmlTree {

    private XmlTree() {
    }

    /**
     * Parses XML into a DOM document with DTDs and external entities disabled.
     *
     * @deprecated the component reads every answer with its streaming codec and no longer calls this; kept for
     *             callers of the published API
     */
    @Deprecated
    public static Document parse(String xml) throws Exception {
        // a factory per call: the factory is not promised to be thread-safe
        DocumentBuilder builder = secureFactory().newDocumentBuilder();
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
        try {
            return XmlCodec.readTree(xml);
        } catch (Exception e) {
            return Map.of();
        }
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
