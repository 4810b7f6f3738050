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
package io.github.cameliletimerkezi.model;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code toMap()} gives the shape of the provider's Ruby client's {@code to_h}: repeated elements as lists, empty
 * elements as null, the content of {@code <response>} unwrapped and any other root kept.
 */
class XmlTreeTest {

    @Test
    void legacySenderListKeepsItsRoot() {
        // the reference's account_senders sample: the Ruby client's senders call gives {headerInfo: ['BAR', 'FOO']}
        Map<String, Object> map = XmlTree.toMap(
                "<smsHeaderInfo><headerInfo>BAR</headerInfo><headerInfo>FOO</headerInfo></smsHeaderInfo>");

        assertThat(map).isEqualTo(Map.of("smsHeaderInfo", Map.of("headerInfo", List.of("BAR", "FOO"))));
    }

    @Test
    void reportAsTheRubyClientReadmeShowsIt() {
        Map<String, Object> map = XmlTree.toMap("<response><status><code>200</code><message>İşlem başarılı</message></status>"
                                                + "<order><id>1</id><status>114</status><total>1</total><delivered>1</delivered>"
                                                + "<undelivered></undelivered><waiting/><price>1</price>"
                                                + "<message><number>+9055XXXXXXXX</number><status>111</status></message>"
                                                + "<message><number>+9055YYYYYYYY</number><status>111</status></message>"
                                                + "<message><number>+9055ZZZZZZZZ</number><status>112</status></message>"
                                                + "</order></response>");

        @SuppressWarnings("unchecked")
        Map<String, Object> order = (Map<String, Object>) map.get("order");
        assertThat(order).containsEntry("status", "114").containsEntry("undelivered", null).containsEntry("waiting", null);
        assertThat((List<?>) order.get("message")).hasSize(3).last().isEqualTo(Map.of("number", "+9055ZZZZZZZZ", "status", "112"));
        assertThat(map.get("status")).isEqualTo(Map.of("code", "200", "message", "İşlem başarılı"));
    }

    @Test
    void notXmlGivesAnEmptyMap() {
        assertThat(XmlTree.toMap("<html><body>502 Bad Gateway")).isEmpty();
        assertThat(XmlTree.toMap("")).isEmpty();
    }
}
