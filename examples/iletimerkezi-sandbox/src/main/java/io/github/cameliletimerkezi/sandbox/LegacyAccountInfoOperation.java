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

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The legacy panel's {@code obj1=getUserInfo}: {@code <userInfo>} with the sixteen account fields of the recorded
 * answer, unfilled ones as empty elements, in that answer's template whitespace and without an XML declaration. The
 * real service returns the password in clear text; the sandbox does too, so clients are tested for it.
 */
final class LegacyAccountInfoOperation implements SandboxOperation {

    /** The recorded answer's layout: a PHP template's tabs and spaces between the fields. */
    private static final String FIRST = "\n\t\t\t\t\t";
    private static final String NEXT = "\n\t\t\t  \t\t";
    private static final String LAST = "\n\t\t\t \t\t";

    private final SandboxSettings settings;

    LegacyAccountInfoOperation(SandboxSettings settings) {
        this.settings = settings;
    }

    @Override
    public SandboxAnswer answer(XmlNode request) {
        if (!"userInfo".equals(request.name()) || !LegacyCredentials.match(request, settings)) {
            return SandboxAnswer.of(401);
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name_surname", "Sandbox");
        for (String empty : new String[] { "tc_number", "title", "email" }) {
            fields.put(empty, "");
        }
        fields.put("gsm", settings.username());
        fields.put("password", settings.password());
        for (String empty : new String[] { "commercial_title", "gsm2", "phone_number", "fax_number", "bill_address",
                "zone", "city", "zip", "charge_home", "charge_number" }) {
            fields.put(empty, "");
        }
        StringBuilder xml = new StringBuilder(600).append("\n\t\t\t\t<userInfo>");
        int i = 0;
        for (Map.Entry<String, String> field : fields.entrySet()) {
            xml.append(i == 0 ? FIRST : i == fields.size() - 1 ? LAST : NEXT).append('<').append(field.getKey()).append('>');
            XmlAnswer.escape(xml, field.getValue());
            xml.append("</").append(field.getKey()).append('>');
            i++;
        }
        return SandboxAnswer.legacy(xml.append("\n\t\t\t\t</userInfo>\n\t\t\t\t").toString());
    }
}
