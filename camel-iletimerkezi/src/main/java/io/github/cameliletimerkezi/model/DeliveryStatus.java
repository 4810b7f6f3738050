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
