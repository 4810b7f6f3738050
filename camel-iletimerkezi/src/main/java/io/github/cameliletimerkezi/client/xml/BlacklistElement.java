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
import jakarta.xml.bind.annotation.XmlType;

/**
 * {@code <blacklist>} of the blacklist requests, in place of {@code <order>}: a number to add or delete, or the page
 * (and optionally the {@code <filter>} of times) to list. Null fields are left out.
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(propOrder = { "filter", "number", "page", "rowCount" })
public class BlacklistElement {

    public Filter filter;
    public String number;
    public Integer page;
    public Integer rowCount;

    /** {@code <filter><start/><end/></filter>}: only numbers added between the two times. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(propOrder = { "start", "end" })
    public static class Filter {
        public String start;
        public String end;
    }
}
