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
import java.util.TreeMap;
import java.util.stream.Stream;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAnyElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The legacy account-info answer is read as JAXB reads it: the fields are the root's child elements JAXB unmarshals,
 * by name and trimmed text, without the password; the body handed back is the same document to JAXB, every element
 * and attribute in place, but for the password element.
 */
class UserInfoAnswerMatchesJaxbTest {

    private static final JAXBContext JAXB = context();

    @XmlRootElement(name = "userInfo")
    @XmlAccessorType(XmlAccessType.FIELD)
    public static class UserInfoOracle {
        @XmlAnyElement
        public List<Element> fields;
    }

    static Stream<String> answers() throws IOException {
        List<String> answers = new ArrayList<>();
        try (InputStream in = UserInfoAnswerMatchesJaxbTest.class.getResourceAsStream("/samples/account-info.xml")) {
            answers.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        answers.add("<userInfo><name_surname>Ali Veli</name_surname><password>123456</password></userInfo>");
        answers.add("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\r\n<userInfo>\r\n<PassWord>x<b>y</b></PassWord>"
                    + "<bill_address kind=\"ev &amp; iş\" a='&quot;\t\n'><line>Kadıköy &amp; <![CDATA[<Moda>]]></line>"
                    + "<line/>\r\n</bill_address><gsm>  555 </gsm><gsm>666</gsm><empty/><!-- note --><zip>&#304;\r</zip>"
                    + "<password/></userInfo>");
        answers.add("<userInfo/>");
        answers.add("<userInfo>text only</userInfo>");
        return answers.stream();
    }

    @ParameterizedTest
    @MethodSource("answers")
    void theFieldsAndTheBodyAreWhatJaxbReadsLessThePassword(String answer) throws Exception {
        UserInfoOracle jaxb = unmarshal(answer);

        UserInfoAnswer read = XmlCodec.readUserInfo(answer);

        assertThat(read.root()).isEqualTo("userInfo");
        Map<String, String> expected = new LinkedHashMap<>();
        List<String> expectedBody = new ArrayList<>();
        for (Element field : elements(jaxb)) {
            if (!field.getTagName().equalsIgnoreCase("password")) {
                expected.put(field.getTagName(), field.getTextContent().trim());
                expectedBody.add(dump(field));
            }
        }
        assertThat(read.fields()).containsExactlyEntriesOf(expected);
        List<String> body = new ArrayList<>();
        for (Element field : elements(unmarshal(read.body()))) {
            body.add(dump(field));
        }
        assertThat(body).isEqualTo(expectedBody);
        assertThat(read.body()).doesNotContainIgnoringCase("<password").doesNotContain("123456");
    }

    @Test
    void anotherRootIsNamedAndNotRead() throws Exception {
        UserInfoAnswer response = XmlCodec.readUserInfo("<response><status><code>401</code></status></response>");
        assertThat(response.root()).isEqualTo("response");
        assertThat(response.fields()).isEmpty();
        assertThat(response.body()).isNull();
    }

    @Test
    void aDoctypeOrWhatIsNotXmlIsRefused() {
        assertThatThrownBy(() -> XmlCodec.readUserInfo("<!DOCTYPE userInfo [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                                                      + "<userInfo><name_surname>&x;</name_surname></userInfo>"))
                .isInstanceOf(SAXException.class);
        assertThatThrownBy(() -> XmlCodec.readUserInfo("<userInfo><gsm>1</gsm>")).isInstanceOf(SAXException.class);
        assertThatThrownBy(() -> XmlCodec.readUserInfo("<html><body>502 Bad Gateway")).isInstanceOf(SAXException.class);
    }

    private static UserInfoOracle unmarshal(String xml) throws Exception {
        return (UserInfoOracle) JAXB.createUnmarshaller().unmarshal(new StringReader(xml));
    }

    private static List<Element> elements(UserInfoOracle userInfo) {
        return userInfo.fields == null ? List.of() : userInfo.fields;
    }

    /** An element as text: its name, its attributes, its children in order, its text (CDATA read as text). */
    private static String dump(Node node) {
        if (!(node instanceof Element element)) {
            return "'" + node.getTextContent() + "'";
        }
        Map<String, String> attributes = new TreeMap<>();
        NamedNodeMap map = element.getAttributes();
        for (int i = 0; i < map.getLength(); i++) {
            attributes.put(map.item(i).getNodeName(), map.item(i).getNodeValue());
        }
        StringBuilder out = new StringBuilder(element.getTagName()).append(attributes).append('[');
        StringBuilder text = new StringBuilder();
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                text.append(child.getNodeValue());
            } else if (child instanceof Element) {
                out.append(text.isEmpty() ? "" : "'" + text + "'");
                text.setLength(0);
                out.append(dump(child));
            }
        }
        return out.append(text.isEmpty() ? "" : "'" + text + "'").append(']').toString();
    }

    private static JAXBContext context() {
        try {
            return JAXBContext.newInstance(UserInfoOracle.class);
        } catch (Exception e) {
            throw new ExceptionInInitializerError(e);
        }
    }
}
