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
package io.github.cameliletimerkezi.parts;

/**
 * Counts the SMS parts of a text the way the provider bills them: the encoding it needs, its length in that encoding
 * and the part sizes of reference §4. The sandbox applies the same rules (a test checks the two agree).
 */
public final class SmsPartCounter {

    /** The provider's limit: a text of more parts is refused with 453 "Sipariş boyutu aşıldı". */
    public static final int MAX_PARTS = 7;

    /** GSM 03.38 basic alphabet (the escape character left out: it is not text). */
    private static final String GSM_BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
                                            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    /** GSM 03.38 extension table: each takes an escape and the character, two septets. */
    private static final String GSM_EXTENSION = "\f^{}\\[~]|€";
    /** The letters that put a text in the provider's Turkish mode. */
    private static final String TURKISH = "çğıöşüÇĞİÖŞÜ";

    private static final byte BASIC = 1;
    private static final byte EXTENSION = 2;
    private static final byte TURKISH_LETTER = 3;
    /**
     * The kind of every character up to the highest of the three sets, so counting a text looks each character up once
     * instead of searching the sets; a character beyond the table or of kind 0 is in none of them.
     */
    private static final byte[] KINDS = kinds();

    private SmsPartCounter() {
    }

    private static byte[] kinds() {
        String all = GSM_BASIC + GSM_EXTENSION + TURKISH;
        byte[] kinds = new byte[all.chars().max().orElse(0) + 1];
        // in the order the count tests them: a Turkish letter first, then the basic alphabet, then the extension
        for (char c : GSM_EXTENSION.toCharArray()) {
            kinds[c] = EXTENSION;
        }
        for (char c : GSM_BASIC.toCharArray()) {
            kinds[c] = BASIC;
        }
        for (char c : TURKISH.toCharArray()) {
            kinds[c] = TURKISH_LETTER;
        }
        return kinds;
    }

    /** The encoding, length, parts and characters left of a text; an empty text is one part. */
    public static PartCount count(String text) {
        String value = text == null ? "" : text;
        int septets = 0;
        boolean turkish = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            byte kind = c < KINDS.length ? KINDS[c] : 0;
            if (kind == TURKISH_LETTER) {
                turkish = true;
                septets++;
            } else if (kind == BASIC) {
                septets++;
            } else if (kind == EXTENSION) {
                septets += 2;
            } else {
                return of(SmsEncoding.UCS2, value.length());
            }
        }
        return of(turkish ? SmsEncoding.TURKISH : SmsEncoding.GSM7, septets);
    }

    /**
     * Refuses a text of more than {@value #MAX_PARTS} parts before it is sent.
     *
     * @param  where                    which message, for the error ("the message", "message 2")
     * @throws IllegalArgumentException naming {@code text}, the part count and the length
     */
    public static PartCount check(String text, String where) {
        PartCount count = count(text);
        if (!count.isWithinLimit()) {
            throw new IllegalArgumentException("text: " + where + " takes " + count.parts() + " SMS parts (" + count.characters()
                                               + " characters in " + count.encoding() + "); at most " + MAX_PARTS
                                               + " are allowed (the provider refuses it with 453)");
        }
        return count;
    }

    private static PartCount of(SmsEncoding encoding, int characters) {
        if (characters <= encoding.singlePartSize()) {
            return new PartCount(encoding, characters, 1, encoding.singlePartSize() - characters);
        }
        int parts = (characters + encoding.multiPartSize() - 1) / encoding.multiPartSize();
        return new PartCount(encoding, characters, parts, parts * encoding.multiPartSize() - characters);
    }
}
