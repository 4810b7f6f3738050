package io.github.cameliletimerkezi.sandbox;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A parsed request: an element with its text and children. Requests are small, so a tree is the simplest reading.
 */
record XmlNode(String name, String text, List<XmlNode> children) {

    /**
     * A factory per request thread, each reusing its one reader from request to request: building a reader costs more
     * than parsing a request. The factory is the JDK's own, whose reuse-instance property does this.
     */
    private static final ThreadLocal<XMLInputFactory> INPUT = ThreadLocal.withInitial(XmlNode::secureFactory);

    static XmlNode parse(byte[] body) throws XMLStreamException {
        XMLStreamReader reader = INPUT.get().createXMLStreamReader(new ByteArrayInputStream(body));
        try {
            while (reader.hasNext()) {
                if (reader.next() == XMLStreamConstants.START_ELEMENT) {
                    return read(reader);
                }
            }
            throw new XMLStreamException("no root element");
        } finally {
            reader.close();
        }
    }

    private static XmlNode read(XMLStreamReader reader) throws XMLStreamException {
        String name = reader.getLocalName();
        StringBuilder text = new StringBuilder();
        List<XmlNode> children = new ArrayList<>();
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                children.add(read(reader));
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                text.append(reader.getText());
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                break;
            }
        }
        return new XmlNode(name, text.toString(), children);
    }

    XmlNode child(String childName) {
        for (XmlNode child : children) {
            if (child.name.equals(childName)) {
                return child;
            }
        }
        return null;
    }

    List<XmlNode> all(String childName) {
        List<XmlNode> found = new ArrayList<>(children.size());
        for (XmlNode child : children) {
            if (child.name.equals(childName)) {
                found.add(child);
            }
        }
        return List.copyOf(found);
    }

    /** The trimmed text of a child, or null when the child is absent. */
    String value(String childName) {
        XmlNode child = child(childName);
        return child == null ? null : child.text.trim();
    }

    private static XMLInputFactory secureFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty("reuse-instance", Boolean.TRUE);
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
        factory.setProperty(XMLInputFactory.IS_COALESCING, Boolean.TRUE);
        return factory;
    }
}
