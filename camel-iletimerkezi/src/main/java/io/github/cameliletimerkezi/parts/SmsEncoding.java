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
