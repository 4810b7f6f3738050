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

import io.github.cameliletimerkezi.model.IysList;

/**
 * Which consent to look up: a recipient on a list for a channel.
 */
public record ConsentQuery(String recipient, IysList recipientType, ConsentType type) {

    /**
     * A checked query.
     *
     * @throws IllegalArgumentException naming the field
     */
    public static ConsentQuery of(Object recipient, Object recipientType, Object type) {
        ConsentType channel = ConsentValues.enumValue(ConsentType.class, type == null ? ConsentType.MESAJ : type, "type");
        return new ConsentQuery(ConsentValues.recipient(recipient, channel, "recipient"),
                ConsentValues.recipientType(recipientType == null ? IysList.BIREYSEL : recipientType, "recipientType"), channel);
    }
}
