package io.github.cameliletimerkezi.client.xml;

import java.util.List;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlType;

/** {@code <message><text/><receipents><number/>...</receipents></message>}; "receipents" is the API's spelling. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(propOrder = { "text", "numbers" })
public class MessageElement {

    public String text;

    @XmlElementWrapper(name = "receipents")
    @XmlElement(name = "number")
    public List<String> numbers;

    public MessageElement() {
    }

    public MessageElement(String text, List<String> numbers) {
        this.text = text;
        this.numbers = numbers;
    }
}
