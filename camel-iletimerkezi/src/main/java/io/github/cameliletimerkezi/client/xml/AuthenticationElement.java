package io.github.cameliletimerkezi.client.xml;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlType;

/** {@code <authentication>}: either username and password, or key and hash. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(propOrder = { "username", "password", "key", "hash" })
public class AuthenticationElement {

    public String username;
    public String password;
    public String key;
    public String hash;
}
