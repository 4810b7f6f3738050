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

/**
 * {@code <request><authentication/><order/></request>}: the envelope of every current API call; the blacklist calls
 * carry {@code <blacklist>} where the others carry {@code <order>}.
 */
@XmlRootElement(name = "request")
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(propOrder = { "authentication", "order", "blacklist" })
public class RequestEnvelope {

    public AuthenticationElement authentication;
    public OrderElement order;
    public BlacklistElement blacklist;

    public RequestEnvelope() {
    }

    public RequestEnvelope(AuthenticationElement authentication, OrderElement order) {
        this.authentication = authentication;
        this.order = order;
    }
}
