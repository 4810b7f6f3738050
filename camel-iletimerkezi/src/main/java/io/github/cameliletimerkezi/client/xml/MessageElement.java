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
