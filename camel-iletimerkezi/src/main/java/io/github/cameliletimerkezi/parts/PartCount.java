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
