package io.github.cameliletimerkezi.parts;

/**
 * What a text costs in SMS parts.
 *
 * @param encoding       how it travels
 * @param characters     its length as the encoding counts it: GSM-7 extension characters ({@code € [ ] { } ^ ~ \ |})
 *                       count twice, UCS-2 counts UTF-16 code units (an emoji is two)
 * @param parts          the SMS parts it takes, each billed per recipient
 * @param charactersLeft how many more characters fit before it takes another part
 */
public record PartCount(SmsEncoding encoding, int characters, int parts, int charactersLeft) {

    /** Whether the provider accepts it: at most {@value SmsPartCounter#MAX_PARTS} parts (more is refused with 453). */
    public boolean isWithinLimit() {
        return parts <= SmsPartCounter.MAX_PARTS;
    }
}
