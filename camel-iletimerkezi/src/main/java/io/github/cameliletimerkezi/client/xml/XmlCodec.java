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
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Writes requests and reads answers. Requests are UTF-8 without an XML declaration, as the provider's own clients send
 * them: the {@code <request>} envelope of every current call is written straight to bytes by {@link RequestXmlWriter}
 * (it is on every send's path), the legacy {@code <userInfo>} request by JAXB. Answers are read by a SAX parser that
 * refuses any DOCTYPE, so neither external entities nor entity expansion can happen, into a {@link ResponseEnvelope}
 * by {@link ResponseXmlHandler}.
 * <p>
 * Marshallers and parsers are costly to build and unsafe to share, yet reusable one call after another: idle ones wait
 * in lock-free pools, so a send builds none of them once the pools are warm. An instance whose call failed is dropped
 * rather than reused.
 */
public final class XmlCodec {

    private static final JAXBContext CONTEXT = createContext();
    /** Enough for every thread of a busy route; beyond it idle instances are left to the garbage collector. */
    private static final int MAX_IDLE = 64;
    private static final IdlePool<Marshaller> WRITERS = new IdlePool<>(XmlCodec::createMarshaller, MAX_IDLE);
    private static final IdlePool<AnswerParser> READERS = new IdlePool<>(AnswerParser::new, MAX_IDLE);

    private XmlCodec() {
    }

    /** Writes a {@code <request>} envelope to UTF-8 bytes. */
    public static byte[] write(RequestEnvelope request) {
        return RequestXmlWriter.write(request);
    }

    /** Marshals another request element (the legacy {@code <userInfo>}) to UTF-8 bytes with JAXB. */
    public static byte[] write(Object request) {
        Marshaller marshaller = WRITERS.take();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(512);
            marshaller.marshal(request, out);
            WRITERS.giveBack(marshaller);
            return out.toByteArray();
        } catch (JAXBException e) {
            throw new IllegalStateException("Cannot write the " + request.getClass().getSimpleName() + " request", e);
        }
    }

    /**
     * Reads a {@code <response>} document.
     *
     * @throws SAXException when the text is not XML, has a DOCTYPE or its root is not {@code <response>}
     */
    public static ResponseEnvelope readResponse(String xml) throws SAXException, IOException {
        return readResponse(new InputSource(new StringReader(xml)));
    }

    /**
     * Reads a {@code <response>} document from its bytes: in the charset the HTTP header declared, else as the
     * document itself says (byte-order mark, XML declaration, UTF-8 by default).
     *
     * @param declared the Content-Type's charset, or null
     * @throws SAXException when the bytes are not XML, have a DOCTYPE or the root is not {@code <response>}
     */
    public static ResponseEnvelope readResponse(byte[] xml, Charset declared) throws SAXException, IOException {
        InputSource source = new InputSource(new ByteArrayInputStream(xml));
        if (declared != null) {
            source.setEncoding(declared.name());
        }
        return readResponse(source);
    }

    private static ResponseEnvelope readResponse(InputSource source) throws SAXException, IOException {
        AnswerParser parser = READERS.take();
        parser.xml.parse(source);
        ResponseEnvelope envelope = parser.handler.envelope();
        READERS.giveBack(parser);
        if (envelope == null) {
            throw new SAXException("the document has no root element");
        }
        return envelope;
    }

    private static JAXBContext createContext() {
        try {
            return JAXBContext.newInstance(UserInfoRequest.class);
        } catch (JAXBException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private static Marshaller createMarshaller() {
        try {
            Marshaller marshaller = CONTEXT.createMarshaller();
            marshaller.setProperty(Marshaller.JAXB_ENCODING, StandardCharsets.UTF_8.name());
            marshaller.setProperty(Marshaller.JAXB_FRAGMENT, Boolean.TRUE);
            return marshaller;
        } catch (JAXBException e) {
            throw new IllegalStateException("Cannot create a JAXB marshaller", e);
        }
    }

    /** A secured SAX parser with the handler it reads into; the two are reused together. */
    private static final class AnswerParser {

        final ResponseXmlHandler handler = new ResponseXmlHandler();
        final XMLReader xml;

        AnswerParser() {
            try {
                // the factory is not promised to be thread-safe, and a parser is built only when none is idle
                this.xml = secureParserFactory().newSAXParser().getXMLReader();
                this.xml.setContentHandler(handler);
                // a fatal error throws rather than being printed to the standard error stream
                this.xml.setErrorHandler(handler);
            } catch (ParserConfigurationException | SAXException e) {
                throw new IllegalStateException("The XML parser cannot be created and secured", e);
            }
        }

        private static SAXParserFactory secureParserFactory() throws ParserConfigurationException, SAXException {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setXIncludeAware(false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            // no DOCTYPE, hence no DTD, no entity declarations and no entity expansion
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            return factory;
        }
    }
}
