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
package io.github.cameliletimerkezi.sandbox;

/**
 * The legacy panel's {@code obj1=getSmsHeader}: {@code <smsApi><userInfo>…<smsType>2</smsType></userInfo></smsApi>}
 * answered by {@code <smsHeaderInfo><headerInfo>…</headerInfo></smsHeaderInfo>} on one line, without an XML
 * declaration, as recorded.
 */
final class LegacySenderListOperation implements SandboxOperation {

    private final SandboxSettings settings;

    LegacySenderListOperation(SandboxSettings settings) {
        this.settings = settings;
    }

    @Override
    public SandboxAnswer answer(XmlNode request) {
        XmlNode userInfo = request.child("userInfo");
        if (!"smsApi".equals(request.name()) || userInfo == null || !LegacyCredentials.match(userInfo, settings)) {
            return SandboxAnswer.of(401);
        }
        StringBuilder xml = new StringBuilder(128).append("<smsHeaderInfo>");
        for (String sender : settings.senders()) {
            xml.append("<headerInfo>");
            XmlAnswer.escape(xml, sender);
            xml.append("</headerInfo>");
        }
        return SandboxAnswer.legacy(xml.append("</smsHeaderInfo>").toString());
    }
}
