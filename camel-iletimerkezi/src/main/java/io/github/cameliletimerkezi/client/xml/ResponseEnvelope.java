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
package io.github.cameliletimerkezi.client.xml;

import java.util.List;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlRootElement;

/**
 * {@code <response>} of every current API call. Values are read as text and typed by the client, because the provider
 * writes numbers loosely (empty counters, {@code 0,0000} prices, ids with leading zeros).
 */
@XmlRootElement(name = "response")
@XmlAccessorType(XmlAccessType.FIELD)
public class ResponseEnvelope {

    public Status status;
    public Order order;
    public BalanceElement balance;
    public BlacklistNumbers blacklist;

    @XmlElementWrapper(name = "senders")
    @XmlElement(name = "sender")
    public List<String> senders;

    @XmlAccessorType(XmlAccessType.FIELD)
    public static class Status {
        public String code;
        public String message;
    }

    /** The order of a send answer (only {@code id}) or of a report (everything). */
    @XmlAccessorType(XmlAccessType.FIELD)
    public static class Order {
        public String id;
        public String status;
        public String total;
        public String delivered;
        public String undelivered;
        public String waiting;
        public String submitAt;
        public String sendAt;
        public String sender;
        public String price;
        public List<Row> message;
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    public static class Row {
        public String number;
        public String status;
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    public static class BalanceElement {
        public String amount;
        public String sms;
    }

    /** The blacklist page: {@code <blacklist><count/><number/>...</blacklist>}. */
    @XmlAccessorType(XmlAccessType.FIELD)
    public static class BlacklistNumbers {
        public String count;
        public List<String> number;
    }
}
