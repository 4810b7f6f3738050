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
