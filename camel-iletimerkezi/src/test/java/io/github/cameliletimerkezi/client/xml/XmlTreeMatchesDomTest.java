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

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code toMap()}'s maps, now built from SAX events, are the maps the component used to build from a DOM tree (the
 * reference kept here): for every recorded answer and for the odd shapes (namespace prefixes, mixed content, CDATA,
 * entities, comments, a third repeat, an empty root, a root other than {@code <response>}).
 */
class XmlTreeMatchesDomTest {

    static Stream<String> answers() throws IOException {
        List<String> answers = new ArrayList<>();
        for (String sample : List.of("account-info.xml", "balance-docs.xml", "balance.xml", "blacklist-466.xml",
                "blacklist-list.xml", "cancel-455.xml", "cancel-success.xml", "error-400.xml", "report-counters.xml",
                "report-docs.xml", "report-empty-price.xml", "report-readme.xml", "report-zero-counters.xml",
                "send-success.xml", "senders-two.xml", "senders.xml", "success-no-payload.xml")) {
            try (InputStream in = XmlTreeMatchesDomTest.class.getResourceAsStream("/samples/" + sample)) {
                answers.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        answers.add("<smsHeaderInfo><headerInfo>BAR</headerInfo><headerInfo>FOO</headerInfo></smsHeaderInfo>");
        answers.add("<response/>");
        answers.add("<other>text</other>");
        answers.add("<response>  <a>1</a> mixed <a>2</a><a/><a>3</a><b><c/><c>x</c><d><e>  </e></d></b></response>");
        answers.add("<response xmlns:p=\"urn:x\"><p:status q:x=\"1\" xmlns:q=\"urn:q\"><code>1</code></p:status>"
                    + "<u:unbound>2</u:unbound></response>");
        answers.add("<response><m><![CDATA[a <b> & c]]> &amp; &#304;&lt;<!-- c --><?pi x?>\r\nz</m><n><!-- only --></n>"
                    + "</response>");
        answers.add("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\r\n<!-- before --><response><s>İşlem \uD83D\uDE9A</s>"
                    + "</response>\r\n<?pi after?>");
        return answers.stream();
    }

    @ParameterizedTest
    @MethodSource("answers")
    void theMapsAreTheDomTreesMaps(String answer) throws Exception {
        assertThat(XmlCodec.readTree(answer)).isEqualTo(DomReference.toMap(answer));
    }

    static Stream<String> notXml() {
        return Stream.of("<html><body>502 Bad Gateway", "<response/><junk/>", "<response/> text",
                "<!DOCTYPE response [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><response><a>&x;</a></response>",
                "<!DOCTYPE response><response/>", "no xml");
    }

    @ParameterizedTest
    @MethodSource("notXml")
    void whatTheDomRefusedIsRefused(String notXml) {
        assertThatThrownBy(() -> DomReference.toMap(notXml)).isInstanceOf(SAXException.class);
        assertThatThrownBy(() -> XmlCodec.readTree(notXml)).isInstanceOf(SAXException.class);
    }

    @Test
    void aThirdRepeatExtendsTheList() throws Exception {
        assertThat(XmlCodec.readTree("<response><a>1</a><a>2</a><a>3</a></response>"))
                .isEqualTo(Map.of("a", List.of("1", "2", "3")));
    }

    /** The former DOM reading of {@code toMap()}, kept as the reference. */
    private static final class DomReference {

        static Map<String, Object> toMap(String xml) throws Exception {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            factory.setNamespaceAware(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            Element root = builder.parse(new InputSource(new StringReader(xml))).getDocumentElement();
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
            if (existing instanceof Repeated) {
                list = (List<Object>) existing;
            } else {
                list = new Repeated();
                list.add(existing);
            }
            list.add(next);
            return list;
        }

        private static final class Repeated extends ArrayList<Object> {
            private static final long serialVersionUID = 1L;
        }
    }
}
