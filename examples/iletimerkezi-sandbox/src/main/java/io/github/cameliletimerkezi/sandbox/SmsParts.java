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
 * How many SMS parts a text takes, as the provider bills: texts in the GSM 03.38 alphabet 155 characters in one part
 * (the operator code takes the rest) and 153 per part beyond, extension characters ({@code € [ ] { } ^ ~ \ |}) counting
 * twice; texts with Turkish letters 150 and 146; any other character switches to UCS-2, 70 and 67 UTF-16 code units.
 * The component's part counter follows the same rules; the end-to-end tests check that the two agree.
 */
final class SmsParts {

    static final int MAX_PARTS = 7;

    /** The alphabet a text is sent in, as the parts above count it. */
    enum Encoding {
        GSM7("GSM 7-bit"), GSM7_TURKISH("GSM 7-bit, Turkish shift"), UCS2("UCS-2");

        final String label;

        Encoding(String label) {
            this.label = label;
        }
    }

    private static final String GSM_BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
                                            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private static final String GSM_EXTENSION = "\f^{}\\[~]|€";
    private static final String TURKISH = "çğıöşüÇĞİÖŞÜ";

    private SmsParts() {
    }

    static int of(String text) {
        boolean turkish = false;
        int septets = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (TURKISH.indexOf(c) >= 0) {
                turkish = true;
                septets++;
            } else if (GSM_BASIC.indexOf(c) >= 0) {
                septets++;
            } else if (GSM_EXTENSION.indexOf(c) >= 0) {
                septets += 2;
            } else {
                return count(text.length(), 70, 67);
            }
        }
        return turkish ? count(septets, 150, 146) : count(septets, 155, 153);
    }

    private static int count(int length, int single, int perPart) {
        return length <= single ? 1 : (length + perPart - 1) / perPart;
    }

    static Encoding encoding(String text) {
        Encoding encoding = Encoding.GSM7;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (TURKISH.indexOf(c) >= 0) {
                encoding = Encoding.GSM7_TURKISH;
            } else if (GSM_BASIC.indexOf(c) < 0 && GSM_EXTENSION.indexOf(c) < 0) {
                return Encoding.UCS2;
            }
        }
        return encoding;
    }
}
