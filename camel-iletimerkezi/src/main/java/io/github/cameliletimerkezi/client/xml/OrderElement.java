package io.github.cameliletimerkezi.client.xml;

import java.util.List;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlType;

/**
 * {@code <order>} of every request. Each operation fills its own fields; JAXB leaves null fields out, so one type
 * writes the send, cancel, report and (empty) balance orders.
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(propOrder = { "id", "page", "rowCount", "sender", "sendDateTime", "iys", "iysList", "message" })
public class OrderElement {

    public String id;
    public Integer page;
    public Integer rowCount;
    public String sender;
    public String sendDateTime;
    public String iys;
    public String iysList;
    public List<MessageElement> message;
}
