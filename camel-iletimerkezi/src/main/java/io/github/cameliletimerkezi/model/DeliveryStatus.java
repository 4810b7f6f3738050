package io.github.cameliletimerkezi.model;

/**
 * The delivery state of one recipient of an order, as {@code order.message[].status} reports it.
 */
public enum DeliveryStatus {
    /** 110: queued or en route, no delivery report yet. */
    WAITING(110, "Mesaj gönderiliyor", false),
    /** 111: the operator reported delivery. */
    DELIVERED(111, "Mesaj gönderildi", true),
    /** 112: the message could not be delivered. */
    UNDELIVERED(112, "Mesaj gönderilemedi", true);

    private final int code;
    private final String providerMessage;
    private final boolean isFinal;

    DeliveryStatus(int code, String providerMessage, boolean isFinal) {
        this.code = code;
        this.providerMessage = providerMessage;
        this.isFinal = isFinal;
    }

    public int code() {
        return code;
    }

    public String providerMessage() {
        return providerMessage;
    }

    /** Whether the state can no longer change. */
    public boolean isFinal() {
        return isFinal;
    }

    /** The state for a code, or null for a code the provider has not documented. */
    public static DeliveryStatus fromCode(int code) {
        for (DeliveryStatus status : values()) {
            if (status.code == code) {
                return status;
            }
        }
        return null;
    }
}
