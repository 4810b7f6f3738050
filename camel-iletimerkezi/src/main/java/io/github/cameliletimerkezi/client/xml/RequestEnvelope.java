package io.github.cameliletimerkezi.client.xml;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/** {@code <request><authentication/><order/></request>}: the envelope of every current API call. */
@XmlRootElement(name = "request")
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(propOrder = { "authentication", "order" })
public class RequestEnvelope {

    public AuthenticationElement authentication;
    public OrderElement order;

    public RequestEnvelope() {
    }

    public RequestEnvelope(AuthenticationElement authentication, OrderElement order) {
        this.authentication = authentication;
        this.order = order;
    }
}
