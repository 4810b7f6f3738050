package io.github.cameliletimerkezi.sandbox;

/**
 * How many SMS parts a text takes, approximately as the provider bills: GSM-7 texts 155 characters in one part (the
 * operator code takes the rest) and 153 per part beyond; texts with Turkish letters 150 and 146; any other character
 * switches to UCS-2, 70 and 67.
 */
final class SmsParts {

    static final int MAX_PARTS = 7;
    private static final String TURKISH = "çğıöşüÇĞİÖŞÜ";

    private SmsParts() {
    }

    static int of(String text) {
        boolean turkish = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (TURKISH.indexOf(c) >= 0) {
                turkish = true;
            } else if (c > 0x7e || (c < 0x20 && c != '\n' && c != '\r')) {
                return count(text.length(), 70, 67);
            }
        }
        return turkish ? count(text.length(), 150, 146) : count(text.length(), 155, 153);
    }

    private static int count(int length, int single, int perPart) {
        return length <= single ? 1 : (length + perPart - 1) / perPart;
    }
}
