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
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.xml.sax.SAXException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The request writer and the answer reader take no shortcut JAXB would not: for the same input, the writer's bytes are
 * the bytes JAXB writes from the element classes' annotations, for every kind of request (send, cancel, report,
 * balance, senders, the blacklist's list, add and delete, the legacy userInfo), and the reader fills the envelope as
 * JAXB unmarshals it, for every recorded {@code <response>} answer (the blacklist's page included) and for the odd
 * shapes (whitespace, empty and unknown elements, CDATA, entities, repeated elements) an answer may take.
 */
class XmlCodecMatchesJaxbTest {

    private static final JAXBContext JAXB = context();

    /** Every request the component writes, by kind, with the odd values a field may hold. */
    static Stream<Arguments> requests() {
        List<Arguments> requests = new ArrayList<>();
        requests.add(named("balance (user)", new RequestEnvelope(auth("5301234567", "parola", null, null), new OrderElement())));
        requests.add(named("senders (key)", new RequestEnvelope(auth(null, null, "key", "hash"), null)));
        OrderElement report = new OrderElement();
        report.id = "428";
        report.page = 1;
        report.rowCount = 1000;
        requests.add(named("report", new RequestEnvelope(auth(null, null, "key", "hash"), report)));
        OrderElement send = new OrderElement();
        send.sender = "APITEST";
        send.sendDateTime = "01/02/2030 10:00";
        send.iys = "1";
        send.iysList = "BIREYSEL";
        send.message = List.of(
                new MessageElement("Şükrü & Çağla <b>İndirim</b> ]]> %50 \"ığüşöç\" 'ĞÜŞİÖÇ' € \t\r\n \uD83D\uDE9A", List.of("5301234567", "+905301234568")),
                new MessageElement("", List.of()),
                new MessageElement("no numbers", null));
        requests.add(named("send, special characters", new RequestEnvelope(auth("a&b", "<p>\r", null, null), send)));
        StringBuilder everyChar = new StringBuilder();
        for (char c = 0x20; c < 0x800; c++) {
            everyChar.append(c);
        }
        everyChar.append("\t\n\r\uFFFD\uE000\u07FF\u0800\uD7FF");
        OrderElement all = new OrderElement();
        all.sender = "";
        all.message = List.of(new MessageElement(everyChar.toString(), List.of("")));
        requests.add(named("send, every character", new RequestEnvelope(new AuthenticationElement(), all)));
        OrderElement sendOne = new OrderElement();
        sendOne.sender = "APITEST";
        sendOne.iys = "0";
        sendOne.message = List.of(new MessageElement("Merhaba", List.of("+905301234567")));
        requests.add(named("send, the reference's shape", new RequestEnvelope(auth(null, null, "key", "hash"), sendOne)));
        OrderElement cancel = new OrderElement();
        cancel.id = "00002";
        requests.add(named("cancel", new RequestEnvelope(auth("5301234567", "parola", null, null), cancel)));
        requests.add(named("blacklist list", blacklist(null, null, null, 1, 1000)));
        requests.add(named("blacklist list, filtered", blacklist("2027-01-20 13:45:30", "2027-01-31 23:59:59", null, 2, 500)));
        requests.add(named("blacklist list, start only", blacklist("2027-01-01 00:00:00", null, null, 1, 1000)));
        requests.add(named("blacklist add/delete", blacklist(null, null, "+905301234567", null, null)));
        RequestEnvelope emptyFilter = blacklist(null, null, "a&<b>\r", null, null);
        emptyFilter.blacklist.filter = new BlacklistElement.Filter();
        requests.add(named("blacklist, empty filter and escaped number", emptyFilter));
        requests.add(named("blacklist, empty", blacklist(null, null, null, null, null)));
        requests.add(named("userInfo", new UserInfoRequest("USERNAME", "PASSWORD")));
        requests.add(named("userInfo, special characters", new UserInfoRequest("Şükrü&<>", "p\"'\r\n\t€\uD83D\uDE9A")));
        requests.add(named("userInfo, empty", new UserInfoRequest(null, "")));
        return requests.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requests")
    void theRequestBytesAreJaxbs(Object request) throws Exception {
        Marshaller marshaller = JAXB.createMarshaller();
        marshaller.setProperty(Marshaller.JAXB_ENCODING, StandardCharsets.UTF_8.name());
        marshaller.setProperty(Marshaller.JAXB_FRAGMENT, Boolean.TRUE);
        ByteArrayOutputStream jaxb = new ByteArrayOutputStream();
        marshaller.marshal(request, jaxb);

        byte[] written = request instanceof UserInfoRequest userInfo ? XmlCodec.write(userInfo)
                : XmlCodec.write((RequestEnvelope) request);

        assertThat(new String(written, StandardCharsets.UTF_8)).isEqualTo(jaxb.toString(StandardCharsets.UTF_8));
        assertThat(written).isEqualTo(jaxb.toByteArray());
    }

    private static Arguments named(String kind, Object request) {
        return Arguments.of(Named.of(kind, request));
    }

    private static RequestEnvelope blacklist(String start, String end, String number, Integer page, Integer rowCount) {
        BlacklistElement blacklist = new BlacklistElement();
        if (start != null || end != null) {
            blacklist.filter = new BlacklistElement.Filter();
            blacklist.filter.start = start;
            blacklist.filter.end = end;
        }
        blacklist.number = number;
        blacklist.page = page;
        blacklist.rowCount = rowCount;
        RequestEnvelope request = new RequestEnvelope();
        request.authentication = auth(null, null, "key", "hash");
        request.blacklist = blacklist;
        return request;
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
        answers.add("<response><blacklist><count>2</count><number>1</number></blacklist><blacklist><number> +90 </number>"
                    + "<number/><other><number>9</number></other><count>3</count><count></count><number>x<y>z</y></number>"
                    + "</blacklist></response>");
        answers.add("<response><blacklist/><status><code>2<x>9</x>0<y/>0</code><message>a<b/></message></status></response>");
        answers.add("<response><blacklist><count>0</count></blacklist></response>");
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

    @Test
    void noParserFactoryIsSharedBetweenThreads() {
        // the JAXP factories are not promised to be thread-safe: each pooled parser is built from a factory of its own
        for (Class<?> codec : List.of(XmlCodec.class, RequestXmlWriter.class, ResponseXmlHandler.class, MapTreeHandler.class,
                UserInfoHandler.class, IdlePool.class, io.github.cameliletimerkezi.model.XmlTree.class)) {
            assertThat(java.util.Arrays.stream(codec.getDeclaredFields())
                    .filter(field -> java.lang.reflect.Modifier.isStatic(field.getModifiers())))
                    .as(codec.getSimpleName())
                    .noneMatch(field -> javax.xml.parsers.SAXParserFactory.class.isAssignableFrom(field.getType())
                                        || javax.xml.parsers.DocumentBuilderFactory.class.isAssignableFrom(field.getType())
                                        || javax.xml.stream.XMLInputFactory.class.isAssignableFrom(field.getType())
                                        || javax.xml.transform.TransformerFactory.class.isAssignableFrom(field.getType()));
        }
    }

    /** Every field, nested objects and lists included, as text. */
    static String dump(Object value) throws IllegalAccessException {
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
            return JAXBContext.newInstance(RequestEnvelope.class, ResponseEnvelope.class, UserInfoRequest.class);
        } catch (Exception e) {
            throw new ExceptionInInitializerError(e);
        }
    }

}
