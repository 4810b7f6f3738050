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
package io.github.cameliletimerkezi.blacklist;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import io.github.cameliletimerkezi.client.xml.AuthenticationElement;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/**
 * The blacklist calls on the wire: {@code <request><authentication/><blacklist>...</blacklist></request>} and the
 * {@code <response>} with {@code <blacklist><count/><number/>...</blacklist>}. A JAXB context of its own, because
 * these envelopes carry {@code <blacklist>} where the others carry {@code <order>}.
 */
final class BlacklistXml {

    private static final JAXBContext CONTEXT = createContext();

    private BlacklistXml() {
    }

    @XmlRootElement(name = "request")
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(propOrder = { "authentication", "blacklist" })
    public static class Request {
        public AuthenticationElement authentication;
        public Blacklist blacklist;
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "blacklistRequest", propOrder = { "filter", "number", "page", "rowCount" })
    public static class Blacklist {
        public Filter filter;
        public String number;
        public Integer page;
        public Integer rowCount;
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(propOrder = { "start", "end" })
    public static class Filter {
        public String start;
        public String end;
    }

    @XmlRootElement(name = "response")
    @XmlAccessorType(XmlAccessType.FIELD)
    public static class Response {
        public Status status;
        public Numbers blacklist;
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    public static class Status {
        public String code;
        public String message;
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    public static class Numbers {
        public String count;
        public List<String> number;
    }

    static byte[] write(Request request) {
        try {
            Marshaller marshaller = CONTEXT.createMarshaller();
            marshaller.setProperty(Marshaller.JAXB_ENCODING, StandardCharsets.UTF_8.name());
            marshaller.setProperty(Marshaller.JAXB_FRAGMENT, Boolean.TRUE);
            ByteArrayOutputStream out = new ByteArrayOutputStream(256);
            marshaller.marshal(request, out);
            return out.toByteArray();
        } catch (JAXBException e) {
            throw new IllegalStateException("Cannot write the blacklist request", e);
        }
    }

    static Response read(String xml) throws JAXBException, XMLStreamException {
        // a factory per read: the StAX API does not promise that one is safe to share between threads
        XMLStreamReader reader = secureInputFactory().createXMLStreamReader(new StringReader(xml));
        try {
            Object result = CONTEXT.createUnmarshaller().unmarshal(reader);
            if (result instanceof Response response) {
                return response;
            }
            throw new JAXBException("root element is not <response>");
        } finally {
            reader.close();
        }
    }

    private static JAXBContext createContext() {
        try {
            return JAXBContext.newInstance(Request.class, Response.class);
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
