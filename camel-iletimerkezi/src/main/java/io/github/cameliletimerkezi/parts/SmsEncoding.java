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
 * How a text travels, and the provider's part sizes for it. The provider appends its operator code to every message,
 * so a part holds fewer characters than GSM's 160 / 153 / 70 / 67 (reference §4).
 */
public enum SmsEncoding {
    /** The GSM 03.38 alphabet: 155 characters in one part, 153 per part beyond. */
    GSM7(155, 153),
    /** GSM-7 with Turkish letters (ç ğ ı ö ş ü and capitals): 150 in one part, 146 per part beyond. */
    TURKISH(150, 146),
    /** Anything else (emoji, Arabic, Cyrillic, ...): UTF-16 code units, 70 in one part, 67 per part beyond. */
    UCS2(70, 67);

    private final int singlePartSize;
    private final int multiPartSize;

    SmsEncoding(int singlePartSize, int multiPartSize) {
        this.singlePartSize = singlePartSize;
        this.multiPartSize = multiPartSize;
    }

    /** Characters that fit when the text is one part. */
    public int singlePartSize() {
        return singlePartSize;
    }

    /** Characters per part when the text takes several. */
    public int multiPartSize() {
        return multiPartSize;
    }
}
