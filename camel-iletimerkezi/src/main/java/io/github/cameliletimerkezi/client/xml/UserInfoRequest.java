package io.github.cameliletimerkezi.client.xml;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/** The legacy account-info request, which has no {@code <request>} envelope. */
@XmlRootElement(name = "userInfo")
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(propOrder = { "userName", "userPassword" })
public class UserInfoRequest {

    public String userName;
    public String userPassword;

    public UserInfoRequest() {
    }

    public UserInfoRequest(String userName, String userPassword) {
        this.userName = userName;
        this.userPassword = userPassword;
    }
}
