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
