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

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;

import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The one XML codec of the component: it writes every request and reads every answer, with no JAXB, StAX or DOM on
 * the way. Requests are UTF-8 without an XML declaration, as the provider's own clients send them, written straight to
 * bytes by {@link RequestXmlWriter}: the {@code <request>} envelope of every current call (its {@code <order>}, or the
 * blacklist calls' {@code <blacklist>}) and the legacy {@code <userInfo>}. Answers are read by SAX parsers that refuse
 * any DOCTYPE, so neither external entities nor entity expansion can happen: a {@code <response>} into a
 * {@link ResponseEnvelope} by {@link ResponseXmlHandler}, the legacy {@code <userInfo>} answer by
 * {@link UserInfoHandler}, and any answer into nested maps by {@link MapTreeHandler}. A {@code <response>} in the
 * plain shape the provider writes (UTF-8, no DOCTYPE, comment, CDATA, entity or attribute) is read by
 * {@link PlainXmlScanner} into the same handler instead, which saves the parser's fixed cost per document; any other
 * goes to the parser.
 * <p>
 * The element classes keep their JAXB annotations: they are the reference the tests compare this codec with, byte for
 * byte and field for field; nothing here calls JAXB.
 * <p>
 * Parsers are costly to build and unsafe to share, yet reusable one call after another: idle ones wait in lock-free
 * pools, so a send builds none once the pools are warm. Each parser is built from a factory of its own (no factory is
 * shared); one whose call failed is dropped rather than reused.
 */
public final class XmlCodec {

    /** Enough for every thread of a busy route; beyond it idle instances are left to the garbage collector. */
    private static final int MAX_IDLE = 64;
    /** The send, report, balance, ... answers, namespace-aware as JAXB reads them. */
    private static final IdlePool<AnswerParser> READERS = new IdlePool<>(AnswerParser::new, MAX_IDLE);
    /** The rarer reads (maps, account): element names as written, as the provider's Ruby client reads them. */
    private static final IdlePool<XMLReader> PLAIN_READERS = new IdlePool<>(() -> newReader(false), 8);
    private static final DefaultHandler NO_HANDLER = new DefaultHandler();

    private XmlCodec() {
    }

    /** Writes a {@code <request>} envelope to UTF-8 bytes. */
    public static byte[] write(RequestEnvelope request) {
        return RequestXmlWriter.write(request);
    }

    /** Writes the legacy {@code <userInfo>} request to UTF-8 bytes. */
    public static byte[] write(UserInfoRequest request) {
        return RequestXmlWriter.write(request);
    }

    /**
     * Reads a {@code <response>} document.
     *
     * @throws SAXException when the text is not XML, has a DOCTYPE or its root is not {@code <response>}
     */
    public static ResponseEnvelope readResponse(String xml) throws SAXException, IOException {
        AnswerParser parser = READERS.take();
        if (!parser.plain.scan(xml, parser.handler)) {
            parser.xml.parse(new InputSource(new StringReader(xml)));
        }
        return envelope(parser);
    }

    /**
     * Reads a {@code <response>} document from its bytes: in the charset the HTTP header declared, else as the
     * document itself says (byte-order mark, XML declaration, UTF-8 by default).
     *
     * @param declared the Content-Type's charset, or null
     * @throws SAXException when the bytes are not XML, have a DOCTYPE or the root is not {@code <response>}
     */
    public static ResponseEnvelope readResponse(byte[] xml, Charset declared) throws SAXException, IOException {
        return readResponse(xml, declared, null);
    }

    /**
     * Reads a {@code <response>} document from its bytes, as {@link #readResponse(byte[], Charset)} does, given them
     * already decoded as UTF-8 when the caller has that text at hand (it is not decoded again).
     *
     * @param utf8 the bytes decoded as UTF-8, or null
     */
    public static ResponseEnvelope readResponse(byte[] xml, Charset declared, String utf8) throws SAXException, IOException {
        AnswerParser parser = READERS.take();
        // the scanner reads UTF-8 only; bytes that are not UTF-8 decode to U+FFFD, which it leaves to the parser
        if (declared != null && !StandardCharsets.UTF_8.equals(declared)
            || !parser.plain.scan(utf8 != null ? utf8 : new String(xml, StandardCharsets.UTF_8), parser.handler)) {
            InputSource source = new InputSource(new ByteArrayInputStream(xml));
            if (declared != null) {
                source.setEncoding(declared.name());
            }
            parser.xml.parse(source);
        }
        return envelope(parser);
    }

    private static ResponseEnvelope envelope(AnswerParser parser) throws SAXException {
        ResponseEnvelope envelope = parser.handler.envelope();
        READERS.giveBack(parser);
        if (envelope == null) {
            throw new SAXException("the document has no root element");
        }
        return envelope;
    }

    /**
     * Reads any answer into nested maps and lists, the shape of the provider's Ruby client's {@code to_h}: an element
     * with child elements becomes a map, a repeated element a list, a leaf its text (null when empty). The content of
     * a {@code <response>} root is given as is, any other root as {@code {root: content}}.
     *
     * @throws SAXException when the text is not XML or has a DOCTYPE
     */
    public static Map<String, Object> readTree(String xml) throws SAXException, IOException {
        MapTreeHandler tree = new MapTreeHandler();
        parsePlain(xml, tree);
        Object content = tree.rootValue();
        if ("response".equals(tree.rootName()) && content instanceof Map<?, ?>) {
            @SuppressWarnings("unchecked")
            Map<String, Object> map = (Map<String, Object>) content;
            return map;
        }
        Map<String, Object> wrapped = new LinkedHashMap<>();
        wrapped.put(tree.rootName(), content);
        return wrapped;
    }

    /**
     * Reads the legacy account-info answer: its fields, and the document again without the password it carries.
     *
     * @throws SAXException when the text is not XML or has a DOCTYPE
     */
    public static UserInfoAnswer readUserInfo(String xml) throws SAXException, IOException {
        UserInfoHandler handler = new UserInfoHandler();
        parsePlain(xml, handler);
        return handler.answer();
    }

    private static void parsePlain(String xml, DefaultHandler handler) throws SAXException, IOException {
        XMLReader reader = PLAIN_READERS.take();
        reader.setContentHandler(handler);
        reader.setErrorHandler(handler);
        reader.parse(new InputSource(new StringReader(xml)));
        // the handler holds what was read; the idle parser keeps none of it
        reader.setContentHandler(NO_HANDLER);
        reader.setErrorHandler(NO_HANDLER);
        PLAIN_READERS.giveBack(reader);
    }

    /** A secured SAX parser, from a factory of its own: the factory is not promised to be thread-safe. */
    private static XMLReader newReader(boolean namespaceAware) {
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(namespaceAware);
            factory.setXIncludeAware(false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            // no DOCTYPE, hence no DTD, no entity declarations and no entity expansion
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            return factory.newSAXParser().getXMLReader();
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("The XML parser cannot be created and secured", e);
        }
    }

    /** A secured namespace-aware SAX parser with the handler it reads into; the two are reused together. */
    private static final class AnswerParser {

        final ResponseXmlHandler handler = new ResponseXmlHandler();
        final PlainXmlScanner plain = new PlainXmlScanner();
        final XMLReader xml = newReader(true);

        AnswerParser() {
            xml.setContentHandler(handler);
            // a fatal error throws rather than being printed to the standard error stream
            xml.setErrorHandler(handler);
        }
    }
}
