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
package io.github.cameliletimerkezi.client;

/**
 * Refuses text XML 1.0 cannot carry (control characters other than tab, line feed and carriage return, U+FFFE,
 * U+FFFF and unpaired surrogates): JAXB would write them as they are and the provider would get a request that is not
 * well-formed. The message names the field, the position and the code point, never the value (it may be a secret).
 */
public final class XmlChars {

    private XmlChars() {
    }

    /**
     * @param  field                    what the value is, as the error names it
     * @return                          the value, unchanged
     * @throws IllegalArgumentException at the first character XML 1.0 cannot carry
     */
    public static String check(String field, String value) {
        if (value == null) {
            return null;
        }
        for (int i = 0; i < value.length();) {
            int codePoint = value.codePointAt(i);
            if (!allowed(codePoint)) {
                throw new IllegalArgumentException(String.format(
                        "%s: the character U+%04X at position %d cannot be sent (XML 1.0 does not allow it); remove it",
                        field, codePoint, i + 1));
            }
            i += Character.charCount(codePoint);
        }
        return value;
    }

    private static boolean allowed(int c) {
        return c == 0x9 || c == 0xA || c == 0xD
               || c >= 0x20 && c <= 0xD7FF
               || c >= 0xE000 && c <= 0xFFFD
               || c >= 0x10000 && c <= 0x10FFFF;
    }
}
