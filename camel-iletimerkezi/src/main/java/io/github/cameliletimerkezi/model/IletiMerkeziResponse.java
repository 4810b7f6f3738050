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

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The provider's answer to one request: its status code and message, the raw XML, the answer as maps, and the
 * operation's payload in typed form (order id, balance, report, senders, account).
 * <p>
 * The code is the one in the answer's {@code <status>}, or the HTTP status when the answer has none. Every code but
 * 200 is an error.
 */
public final class IletiMerkeziResponse {

    private final String operation;
    private final int code;
    private final String message;
    private final String body;
    private final String orderId;
    private final Balance balance;
    private final OrderReport report;
    private final List<String> senders;
    private final Map<String, String> account;
    private final Object payload;
    private volatile Map<String, Object> map;

    private IletiMerkeziResponse(Builder builder) {
        this.operation = builder.operation;
        this.code = builder.code;
        this.message = builder.message != null ? builder.message : StatusCodes.providerMessage(builder.code);
        this.body = builder.body;
        this.orderId = builder.orderId;
        this.balance = builder.balance;
        this.report = builder.report;
        this.senders = builder.senders == null ? null : List.copyOf(builder.senders);
        this.account = builder.account == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(builder.account));
        this.payload = builder.payload;
        this.map = builder.map;
    }

    public static Builder builder(String operation, int code) {
        return new Builder(operation, code);
    }

    /** The operation that was called ({@code send}, {@code report}, ...). */
    public String getOperation() {
        return operation;
    }

    /** The status code: 200 on success, the provider's error code otherwise. */
    public int getCode() {
        return code;
    }

    /** The provider's status message (Turkish), or the documented one when the answer carried none. */
    public String getMessage() {
        return message;
    }

    /** An English meaning of the status code. */
    public String getMeaning() {
        return StatusCodes.meaning(code);
    }

    /** The raw XML answer (for {@code account}, without the password the legacy answer carries). */
    public String getBody() {
        return body;
    }

    public boolean isError() {
        return code != StatusCodes.OK;
    }

    /** The answer as nested maps and lists, like the Ruby client's {@code to_h}; parsed on first call. */
    public Map<String, Object> toMap() {
        Map<String, Object> result = map;
        if (result == null) {
            result = XmlTree.toMap(body);
            map = result;
        }
        return result;
    }

    /** The order id of a send, cancel or report; null otherwise. */
    public String getOrderId() {
        return orderId;
    }

    /** The balance of a balance query; null otherwise. */
    public Balance getBalance() {
        return balance;
    }

    /** The report page of a report query; null otherwise. */
    public OrderReport getReport() {
        return report;
    }

    /** The approved senders of a sender query; null otherwise. */
    public List<String> getSenders() {
        return senders;
    }

    /** The account fields of an account query (the password left out); null otherwise. */
    public Map<String, String> getAccount() {
        return account;
    }

    /**
     * The typed payload of the operations beyond the Ruby client's: a {@code BlacklistPage}, {@code OrderPage},
     * {@code ConsentRecord}, {@code InboxPage}, ...; null when the answer carried none.
     */
    public Object getPayload() {
        return payload;
    }

    /** The payload when it is of the given type; null otherwise. */
    public <T> T getPayload(Class<T> type) {
        return type.isInstance(payload) ? type.cast(payload) : null;
    }

    @Override
    public String toString() {
        return "IletiMerkeziResponse[operation=" + operation + ", code=" + code + ", message=" + message
               + (orderId != null ? ", orderId=" + orderId : "") + "]";
    }

    public static final class Builder {
        private final String operation;
        private final int code;
        private String message;
        private String body;
        private String orderId;
        private Balance balance;
        private OrderReport report;
        private List<String> senders;
        private Map<String, String> account;
        private Object payload;
        private Map<String, Object> map;

        private Builder(String operation, int code) {
            this.operation = operation;
            this.code = code;
        }

        public Builder message(String message) {
            this.message = message;
            return this;
        }

        public Builder body(String body) {
            this.body = body;
            return this;
        }

        public Builder orderId(String orderId) {
            this.orderId = orderId;
            return this;
        }

        public Builder balance(Balance balance) {
            this.balance = balance;
            return this;
        }

        public Builder report(OrderReport report) {
            this.report = report;
            return this;
        }

        public Builder senders(List<String> senders) {
            this.senders = senders;
            return this;
        }

        public Builder account(Map<String, String> account) {
            this.account = account;
            return this;
        }

        public Builder payload(Object payload) {
            this.payload = payload;
            return this;
        }

        /** The answer as maps, for answers that are not XML (JSON); XML answers are read on demand. */
        public Builder map(Map<String, Object> map) {
            this.map = map;
            return this;
        }

        public IletiMerkeziResponse build() {
            return new IletiMerkeziResponse(this);
        }
    }
}
