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

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.Marshaller;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.xml.sax.SAXException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The request writer and the answer reader take no shortcut JAXB would not: for the same input, the writer's bytes are
 * the bytes JAXB writes from the element classes' annotations, and the reader fills the envelope as JAXB unmarshals
 * it, for every recorded answer and for the odd shapes (whitespace, empty and unknown elements, CDATA, entities,
 * repeated elements) an answer may take.
 */
class XmlCodecMatchesJaxbTest {

    private static final JAXBContext JAXB = context();

    static Stream<RequestEnvelope> requests() {
        List<RequestEnvelope> requests = new ArrayList<>();
        requests.add(new RequestEnvelope(auth("5301234567", "parola", null, null), new OrderElement()));
        requests.add(new RequestEnvelope(auth(null, null, "key", "hash"), null));
        OrderElement report = new OrderElement();
        report.id = "428";
        report.page = 1;
        report.rowCount = 1000;
        requests.add(new RequestEnvelope(auth(null, null, "key", "hash"), report));
        OrderElement send = new OrderElement();
        send.sender = "APITEST";
        send.sendDateTime = "01/02/2030 10:00";
        send.iys = "1";
        send.iysList = "BIREYSEL";
        send.message = List.of(
                new MessageElement("Şükrü & Çağla <b>İndirim</b> ]]> %50 \"ığüşöç\" 'ĞÜŞİÖÇ' € \t\r\n \uD83D\uDE9A", List.of("5301234567", "+905301234568")),
                new MessageElement("", List.of()),
                new MessageElement("no numbers", null));
        requests.add(new RequestEnvelope(auth("a&b", "<p>\r", null, null), send));
        StringBuilder everyChar = new StringBuilder();
        for (char c = 0x20; c < 0x800; c++) {
            everyChar.append(c);
        }
        everyChar.append("\t\n\r\uFFFD\uE000\u07FF\u0800\uD7FF");
        OrderElement all = new OrderElement();
        all.sender = "";
        all.message = List.of(new MessageElement(everyChar.toString(), List.of("")));
        requests.add(new RequestEnvelope(new AuthenticationElement(), all));
        return requests.stream();
    }

    @ParameterizedTest
    @MethodSource("requests")
    void theRequestBytesAreJaxbs(RequestEnvelope request) throws Exception {
        Marshaller marshaller = JAXB.createMarshaller();
        marshaller.setProperty(Marshaller.JAXB_ENCODING, StandardCharsets.UTF_8.name());
        marshaller.setProperty(Marshaller.JAXB_FRAGMENT, Boolean.TRUE);
        ByteArrayOutputStream jaxb = new ByteArrayOutputStream();
        marshaller.marshal(request, jaxb);

        byte[] written = XmlCodec.write(request);

        assertThat(new String(written, StandardCharsets.UTF_8)).isEqualTo(jaxb.toString(StandardCharsets.UTF_8));
        assertThat(written).isEqualTo(jaxb.toByteArray());
    }

    static Stream<String> answers() throws IOException {
        List<String> answers = new ArrayList<>();
        for (String sample : List.of("balance-docs.xml", "balance.xml", "cancel-455.xml", "cancel-success.xml", "error-400.xml",
                "report-counters.xml", "report-docs.xml", "report-empty-price.xml", "report-readme.xml",
                "report-zero-counters.xml", "send-success.xml", "senders-two.xml", "senders.xml", "success-no-payload.xml",
                "blacklist-list.xml", "blacklist-466.xml")) {
            try (InputStream in = XmlCodecMatchesJaxbTest.class.getResourceAsStream("/samples/" + sample)) {
                answers.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        answers.add("<response/>");
        answers.add("<response><status><code> 200 \n</code><message><![CDATA[a <b> & c]]> &amp; &#304;&lt;</message></status>"
                    + "<senders/></response>");
        answers.add("<response><extra><status><code>1</code></status></extra><status><code>455</code><unknown>x</unknown>"
                    + "</status><status><message>second</message></status><order><id>1</id><id>2</id><foo><message>"
                    + "<number>9</number></message></foo><message/><message><number>5</number><status/><x><y/></x>"
                    + "</message></order><balance><amount>1,5</amount></balance><senders><sender> A </sender><other/>"
                    + "<sender/></senders><senders><sender>B</sender></senders></response>");
        answers.add("<response><order><id>1</id><message><number>1</number></message></order><order><status>2</status>"
                    + "<message><number>2</number></message></order><balance><sms>3</sms></balance><balance/></response>");
        answers.add("<response xmlns:p=\"urn:x\"><p:status><code>1</code></p:status><status p:a=\"1\"><code>2</code>"
                    + "</status></response>");
        answers.add("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\r\n<response>\r\n  <status><code>200</code>\r\n"
                    + "<message>İşlem başarılı \uD83D\uDE9A</message></status></response>\r\n<!-- after -->\r\n<?pi x?>");
        answers.add("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- a comment --><response><?pi x?><status>"
                    + "<code>200</code><message>İşlem başarılı</message></status></response>");
        return answers.stream();
    }

    @ParameterizedTest
    @MethodSource("answers")
    void theAnswerIsReadAsJaxbReadsIt(String answer) throws Exception {
        Object jaxb = JAXB.createUnmarshaller().unmarshal(new StringReader(answer));

        ResponseEnvelope read = XmlCodec.readResponse(answer);

        assertThat(dump(read)).isEqualTo(dump(jaxb));
    }

    static Stream<String> notAnswers() {
        return Stream.of("<response><status><code>200</code></status></response><junk/>",
                "<response><status><code>200</code></status></response>\n  text",
                "<response><status><code>200</code></status></response>\r\n<response/>",
                "<!DOCTYPE response><response/>",
                "<response><status><code>200</code></status>",
                "<other><status><code>200</code></status></other>",
                "");
    }

    @ParameterizedTest
    @MethodSource("notAnswers")
    void whatIsNotAWholeResponseIsRefused(String notAnswer) {
        assertThatThrownBy(() -> XmlCodec.readResponse(notAnswer)).isInstanceOf(SAXException.class);
    }

    /** Every field, nested objects and lists included, as text. */
    private static String dump(Object value) throws IllegalAccessException {
        if (value == null || value instanceof String) {
            return value == null ? "null" : "'" + value + "'";
        }
        if (value instanceof List<?> list) {
            List<String> items = new ArrayList<>();
            for (Object item : list) {
                items.add(dump(item));
            }
            return items.toString();
        }
        StringBuilder out = new StringBuilder(value.getClass().getSimpleName()).append('{');
        for (Field field : value.getClass().getDeclaredFields()) {
            out.append(field.getName()).append('=').append(dump(field.get(value))).append(' ');
        }
        return out.append('}').toString();
    }

    private static AuthenticationElement auth(String username, String password, String key, String hash) {
        AuthenticationElement element = new AuthenticationElement();
        element.username = username;
        element.password = password;
        element.key = key;
        element.hash = hash;
        return element;
    }

    private static JAXBContext context() {
        try {
            return JAXBContext.newInstance(RequestEnvelope.class, ResponseEnvelope.class);
        } catch (Exception e) {
            throw new ExceptionInInitializerError(e);
        }
    }

}
