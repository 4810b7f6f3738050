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
