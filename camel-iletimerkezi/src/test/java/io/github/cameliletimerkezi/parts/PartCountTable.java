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

import java.util.List;

/**
 * The texts whose part counts are documented (docs/component.md, "Parts and cost") and checked against the reference
 * sizes here and against the sandbox in the end-to-end tests.
 */
public final class PartCountTable {

    /** One row: a name, the text, and what the provider bills for it. */
    public record Row(String name, String text, SmsEncoding encoding, int characters, int parts, int charactersLeft) {
    }

    private static final String EMOJI = "\uD83D\uDE00";

    public static final List<Row> ROWS = List.of(
            new Row("plain", "Kargonuz yolda", SmsEncoding.GSM7, 14, 1, 141),
            new Row("Turkish letters", "Siparişiniz hazır, teşekkürler", SmsEncoding.TURKISH, 30, 1, 120),
            new Row("emoji", "Merhaba " + EMOJI, SmsEncoding.UCS2, 10, 1, 60),
            new Row("GSM-7, 155", "a".repeat(155), SmsEncoding.GSM7, 155, 1, 0),
            new Row("GSM-7, 156", "a".repeat(156), SmsEncoding.GSM7, 156, 2, 150),
            new Row("Turkish, 150", "ş".repeat(150), SmsEncoding.TURKISH, 150, 1, 0),
            new Row("Turkish, 151", "ş".repeat(151), SmsEncoding.TURKISH, 151, 2, 141),
            new Row("UCS-2, 70", "Ж".repeat(70), SmsEncoding.UCS2, 70, 1, 0),
            new Row("UCS-2, 71", "Ж".repeat(71), SmsEncoding.UCS2, 71, 2, 63),
            new Row("emoji counts two, 35 of them", EMOJI.repeat(35), SmsEncoding.UCS2, 70, 1, 0),
            new Row("extension characters count two", "{}".repeat(39), SmsEncoding.GSM7, 156, 2, 150),
            new Row("GSM accents stay GSM-7", "Café à la carte", SmsEncoding.GSM7, 15, 1, 140),
            new Row("7 parts, GSM-7", "a".repeat(7 * 153), SmsEncoding.GSM7, 1071, 7, 0),
            new Row("8 parts, GSM-7", "a".repeat(7 * 153 + 1), SmsEncoding.GSM7, 1072, 8, 152),
            new Row("7 parts, Turkish", "ı".repeat(7 * 146), SmsEncoding.TURKISH, 1022, 7, 0),
            new Row("7 parts, UCS-2", "Ж".repeat(7 * 67), SmsEncoding.UCS2, 469, 7, 0));

    private PartCountTable() {
    }
}
