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
package io.github.cameliletimerkezi.client;

import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import io.github.cameliletimerkezi.model.IletiMerkeziResponse;
import io.github.cameliletimerkezi.model.XmlTree;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads the legacy {@code <userInfo>} answer. That answer carries the account password in clear text; it is removed
 * from the fields and from the raw body before anything is handed back.
 */
final class AccountAnswerReader {

    static final String OPERATION = "account";
    private static final String PASSWORD = "password";

    private AccountAnswerReader() {
    }

    static IletiMerkeziResponse read(HttpAnswer answer) {
        if (answer.body().isBlank()) {
            throw ResponseReader.unreadable(OPERATION, answer, "the body is empty", null);
        }
        Document document;
        try {
            document = XmlTree.parse(answer.body());
        } catch (Exception e) {
            throw ResponseReader.unreadable(OPERATION, answer,
                    "the body is not İleti Merkezi XML: " + WireLog.snippet(answer.body()), e);
        }
        Element root = document.getDocumentElement();
        if ("response".equals(root.getTagName())) {
            return ResponseReader.read(OPERATION, answer, null);
        }
        if (!"userInfo".equals(root.getTagName())) {
            throw ResponseReader.unreadable(OPERATION, answer, "expected <userInfo>, got <" + root.getTagName() + ">", null);
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (Node node = root.getFirstChild(); node != null;) {
            Node next = node.getNextSibling();
            if (node instanceof Element field) {
                if (PASSWORD.equalsIgnoreCase(field.getTagName())) {
                    root.removeChild(field);
                } else {
                    fields.put(field.getTagName(), field.getTextContent().trim());
                }
            }
            node = next;
        }
        return IletiMerkeziResponse.builder(OPERATION, answer.status())
                .body(serialize(document))
                .account(fields)
                .build();
    }

    private static String serialize(Document document) {
        try {
            TransformerFactory factory = TransformerFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            Transformer transformer = factory.newTransformer();
            transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            StringWriter out = new StringWriter();
            transformer.transform(new DOMSource(document), new StreamResult(out));
            return out.toString();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot write the account answer back to XML", e);
        }
    }
}
