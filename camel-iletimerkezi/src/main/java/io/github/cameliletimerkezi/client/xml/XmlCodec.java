package io.github.cameliletimerkezi.client.xml;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;

/**
 * Writes requests and reads answers with one JAXB context, built once per JVM. Requests are UTF-8 without an XML
 * declaration, as the provider's own clients send them; answers are read with DTDs and external entities off.
 */
public final class XmlCodec {

    private static final JAXBContext CONTEXT = createContext();
    /** StAX does not promise a factory is safe to share between threads: one per thread. */
    private static final ThreadLocal<XMLInputFactory> INPUT = ThreadLocal.withInitial(XmlCodec::secureInputFactory);

    private XmlCodec() {
    }

    /** Marshals a request element to UTF-8 bytes. */
    public static byte[] write(Object request) {
        try {
            Marshaller marshaller = CONTEXT.createMarshaller();
            marshaller.setProperty(Marshaller.JAXB_ENCODING, StandardCharsets.UTF_8.name());
            marshaller.setProperty(Marshaller.JAXB_FRAGMENT, Boolean.TRUE);
            ByteArrayOutputStream out = new ByteArrayOutputStream(256);
            marshaller.marshal(request, out);
            return out.toByteArray();
        } catch (JAXBException e) {
            throw new IllegalStateException("Cannot write the " + request.getClass().getSimpleName() + " request", e);
        }
    }

    /**
     * Reads a {@code <response>} document.
     *
     * @throws JAXBException      when the text is not XML or its root is not {@code <response>}
     * @throws XMLStreamException when the text is not XML
     */
    public static ResponseEnvelope readResponse(String xml) throws JAXBException, XMLStreamException {
        XMLStreamReader reader = INPUT.get().createXMLStreamReader(new StringReader(xml));
        try {
            Object result = CONTEXT.createUnmarshaller().unmarshal(reader);
            if (result instanceof ResponseEnvelope envelope) {
                return envelope;
            }
            throw new JAXBException("root element is not <response>");
        } finally {
            reader.close();
        }
    }

    private static JAXBContext createContext() {
        try {
            return JAXBContext.newInstance(RequestEnvelope.class, UserInfoRequest.class, ResponseEnvelope.class);
        } catch (JAXBException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private static XMLInputFactory secureInputFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
        return factory;
    }
}
