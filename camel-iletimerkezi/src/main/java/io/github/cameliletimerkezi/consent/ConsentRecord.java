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
package io.github.cameliletimerkezi.consent;

import io.github.cameliletimerkezi.model.ApiTime;
import io.github.cameliletimerkezi.model.IysList;

/**
 * One İYS consent: who, on which list, for which channel, where it was collected, its state and when.
 *
 * @param recipient     {@code +905xxxxxxxxx}, or an e-mail address for {@link ConsentType#EPOSTA}
 * @param recipientType BIREYSEL or TACIR
 * @param type          the channel
 * @param source        where it was collected
 * @param status        given or refused
 * @param consentDate   when, {@code yyyy-MM-dd HH:mm:ss} in Turkish time
 */
public record ConsentRecord(String recipient, IysList recipientType, ConsentType type, ConsentSource source,
        ConsentStatus status, String consentDate) {

    /**
     * A checked record; the date may be the provider's text or a {@code java.time} value.
     *
     * @throws IllegalArgumentException naming the field
     */
    public static ConsentRecord of(String recipient, IysList recipientType, ConsentType type, ConsentSource source,
                                   ConsentStatus status, Object consentDate) {
        return checked(recipient, recipientType, type, source, status, consentDate, "");
    }

    /**
     * A checked record from loosely typed values (names of the enums, any case), as a map body gives them.
     *
     * @param where prefixes the field in error messages, e.g. "record 3: "
     */
    public static ConsentRecord checked(Object recipient, Object recipientType, Object type, Object source, Object status,
                                 Object consentDate, String where) {
        ConsentType channel = ConsentValues.enumValue(ConsentType.class, type, where + "type");
        if (consentDate == null || consentDate.toString().isBlank()) {
            throw new IllegalArgumentException(where + "consentDate is missing: give when the consent was collected");
        }
        return new ConsentRecord(ConsentValues.recipient(recipient, channel, where + "recipient"),
                ConsentValues.recipientType(recipientType, where + "recipientType"), channel,
                ConsentValues.enumValue(ConsentSource.class, source, where + "source"),
                ConsentValues.enumValue(ConsentStatus.class, status, where + "status"),
                ApiTime.dateTime(consentDate, where + "consentDate", false));
    }
}
