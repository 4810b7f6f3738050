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
 * The state of a whole order, as {@code order.status} in a report gives it.
 */
public enum OrderStatus {
    /** 113: still sending; some messages are queued. */
    SENDING(113, "Siparişin gönderimi devam ediyor", false),
    /** 114: sending finished; each recipient is delivered (111) or undelivered (112). */
    COMPLETED(114, "Siparişin gönderimi tamamlandı", true),
    /** 115: the order could not be sent at all (also shown for a cancelled order). */
    FAILED(115, "Sipariş gönderilemedi", true);

    private final int code;
    private final String providerMessage;
    private final boolean isFinal;

    OrderStatus(int code, String providerMessage, boolean isFinal) {
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

    public boolean isFinal() {
        return isFinal;
    }

    /** The state for a code, or null for a code the provider has not documented. */
    public static OrderStatus fromCode(Integer code) {
        if (code != null) {
            for (OrderStatus status : values()) {
                if (status.code == code) {
                    return status;
                }
            }
        }
        return null;
    }
}
