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

import io.github.cameliletimerkezi.model.MobileNumbers;

/**
 * Recipient numbers in the provider's listing form. The rule is {@link MobileNumbers}'; this class stays for the
 * applications that call it here.
 */
public final class RecipientNumbers {

    private RecipientNumbers() {
    }

    /**
     * {@code +905xxxxxxxxx} for Turkish mobiles, {@code +<country code><number>} otherwise.
     *
     * @param  field                    the field named in the error message (e.g. "number")
     * @throws IllegalArgumentException naming the field and the number
     * @see                             MobileNumbers#canonical(String, String)
     */
    public static String canonical(String raw, String field) {
        return MobileNumbers.canonical(raw, field);
    }
}
