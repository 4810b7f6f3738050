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

import java.util.Collections;
import java.util.Map;

/**
 * The legacy account-info answer as read by {@link XmlCodec#readUserInfo(String)}.
 *
 * @param root   the root element's name: {@code userInfo}, or {@code response} when the service answered with the
 *               current API's envelope (an error), or anything else it sent
 * @param fields the root's child elements, name to trimmed text (a repeated name keeps its last value), without
 *               {@code password}; empty unless the root is {@code userInfo}
 * @param body   the {@code userInfo} document written again without its {@code password} element (nor comments and
 *               processing instructions); null unless the root is {@code userInfo}
 */
public record UserInfoAnswer(String root, Map<String, String> fields, String body) {

    public UserInfoAnswer {
        fields = fields == null ? Map.of() : Collections.unmodifiableMap(fields);
    }
}
