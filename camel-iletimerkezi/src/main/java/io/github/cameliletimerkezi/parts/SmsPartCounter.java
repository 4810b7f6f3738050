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

    private SmsPartCounter() {
    }

    /** The encoding, length, parts and characters left of a text; an empty text is one part. */
    public static PartCount count(String text) {
        String value = text == null ? "" : text;
        int septets = 0;
        boolean turkish = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (TURKISH.indexOf(c) >= 0) {
                turkish = true;
                septets++;
            } else if (GSM_BASIC.indexOf(c) >= 0) {
                septets++;
            } else if (GSM_EXTENSION.indexOf(c) >= 0) {
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
