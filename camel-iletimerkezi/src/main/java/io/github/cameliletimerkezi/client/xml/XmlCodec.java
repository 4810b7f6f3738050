package io.github.cameliletimerkezi.client.xml;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.sax.SAXSource;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import jakarta.xml.bind.Unmarshaller;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Writes requests and reads answers with one JAXB context, built once per JVM. Requests are UTF-8 without an XML
 * declaration, as the provider's own clients send them; answers are read by a SAX parser that refuses any DOCTYPE,
 * so neither external entities nor entity expansion can happen.
 * <p>
 * Marshallers, unmarshallers and parsers are costly to build and unsafe to share, yet reusable one call after another:
 * idle ones wait in lock-free pools, so a send builds none of them once the pools are warm. An instance whose call
 * failed is dropped rather than reused.
 */
public final class XmlCodec {

    private static final JAXBContext CONTEXT = createContext();
    /** Enough for every thread of a busy route; beyond it idle instances are left to the garbage collector. */
    private static final int MAX_IDLE = 64;
    private static final IdlePool<Marshaller> WRITERS = new IdlePool<>(XmlCodec::createMarshaller, MAX_IDLE);
    private static final IdlePool<AnswerParser> READERS = new IdlePool<>(AnswerParser::new, MAX_IDLE);

    private XmlCodec() {
    }

    /** Marshals a request element to UTF-8 bytes. */
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
     * @throws JAXBException when the text is not XML, has a DOCTYPE or its root is not {@code <response>}
     */
    public static ResponseEnvelope readResponse(String xml) throws JAXBException {
        AnswerParser parser = READERS.take();
        Object result = parser.unmarshaller.unmarshal(new SAXSource(parser.xml, new InputSource(new StringReader(xml))));
        READERS.giveBack(parser);
        if (result instanceof ResponseEnvelope envelope) {
            return envelope;
        }
        throw new JAXBException("root element is not <response>");
    }

    private static JAXBContext createContext() {
        try {
            return JAXBContext.newInstance(RequestEnvelope.class, UserInfoRequest.class, ResponseEnvelope.class);
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

    /** An unmarshaller with the secured SAX parser it reads through; the two are reused together. */
    private static final class AnswerParser {

        final Unmarshaller unmarshaller;
        final XMLReader xml;

        AnswerParser() {
            try {
                this.unmarshaller = CONTEXT.createUnmarshaller();
                // the factory is not promised to be thread-safe, and a parser is built only when none is idle
                this.xml = secureParserFactory().newSAXParser().getXMLReader();
            } catch (JAXBException | ParserConfigurationException | SAXException e) {
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
