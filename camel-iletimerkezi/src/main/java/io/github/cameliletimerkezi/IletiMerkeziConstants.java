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
package io.github.cameliletimerkezi;

import org.apache.camel.spi.Metadata;

/**
 * The message headers the component reads and writes.
 */
public final class IletiMerkeziConstants {

    @Metadata(label = "producer",
              description = "The operation to run, overriding the endpoint's path: send, cancel, balance, report, status, account,"
                            + " senders, blacklist, addToBlacklist, removeFromBlacklist, estimate, orders, addConsent, consent or inbox. An unknown value is"
                            + " an error.",
              javaType = "String")
    public static final String OPERATION = "CamelIletiMerkeziOperation";

    @Metadata(label = "producer",
              description = "The numbers a text body is sent to (or, when the body names none, the numbers added to or removed"
                            + " from the blacklist): a List, an array or a comma-separated String.",
              javaType = "Object")
    public static final String RECIPIENTS = "CamelIletiMerkeziRecipients";

    @Metadata(label = "producer",
              description = "The sender (başlık) of this message, overriding the sender option. At most 11 characters, no"
                            + " Turkish letters.",
              javaType = "String")
    public static final String SENDER = "CamelIletiMerkeziSender";

    @Metadata(label = "producer",
              description = "When to send: a dd/MM/yyyy HH:mm string in Turkish time, or a java.time value (ZonedDateTime,"
                            + " OffsetDateTime, Instant, LocalDateTime taken as Istanbul time) or java.util.Date, converted to"
                            + " Europe/Istanbul at minute precision.",
              javaType = "Object")
    public static final String SEND_DATE_TIME = "CamelIletiMerkeziSendDateTime";

    @Metadata(label = "producer",
              description = "Whether this message is commercial and checked against İYS consent, overriding the iys option.",
              javaType = "Boolean")
    public static final String IYS = "CamelIletiMerkeziIys";

    @Metadata(label = "producer",
              description = "The İYS consent list (BIREYSEL or TACIR), overriding the iysList option.",
              javaType = "io.github.cameliletimerkezi.model.IysList", enums = "BIREYSEL,TACIR")
    public static final String IYS_LIST = "CamelIletiMerkeziIysList";

    @Metadata(description = "In: the order to cancel or report on (before the body and the orderId option). Out: the order"
                            + " id of a send, or the order a cancel or report was about.",
              javaType = "String")
    public static final String ORDER_ID = "CamelIletiMerkeziOrderId";

    @Metadata(label = "producer",
              description = "Out of a send split into several orders (splitLargeOrders): the ids of the orders the provider"
                            + " accepted, in recipient order.",
              javaType = "java.util.List<String>")
    public static final String ORDER_IDS = "CamelIletiMerkeziOrderIds";

    @Metadata(label = "producer", description = "The report, blacklist or inbox page to read, from 1, overriding the page option.",
              javaType = "Integer")
    public static final String PAGE = "CamelIletiMerkeziPage";

    @Metadata(label = "producer", description = "Rows per report page, 1 to 1000, overriding the rowCount option.",
              javaType = "Integer")
    public static final String ROW_COUNT = "CamelIletiMerkeziRowCount";

    @Metadata(label = "producer",
              description = "The start of a time range (blacklist: numbers added from then on; orders: the first day; inbox: messages received from then on): the provider's text form or a"
                            + " java.time value, taken in Turkish time.",
              javaType = "Object")
    public static final String START = "CamelIletiMerkeziStart";

    @Metadata(label = "producer",
              description = "The end of a time range (blacklist: numbers added until then; orders: the last day; inbox: messages received until then): the provider's text form or a"
                            + " java.time value, taken in Turkish time.",
              javaType = "Object")
    public static final String END = "CamelIletiMerkeziEnd";

    @Metadata(label = "producer",
              description = "The provider's status code of the answer (200 on success), or the HTTP status when the answer"
                            + " carried none.",
              javaType = "int")
    public static final String STATUS_CODE = "CamelIletiMerkeziStatusCode";

    @Metadata(label = "producer", description = "The provider's status message of the answer (Turkish).",
              javaType = "String")
    public static final String STATUS_MESSAGE = "CamelIletiMerkeziStatusMessage";

    @Metadata(label = "producer",
              description = "Out of send and estimate: the SMS parts of the order's longest text (at most 7; a longer text is"
                            + " refused before sending).",
              javaType = "Integer")
    public static final String PARTS = "CamelIletiMerkeziParts";

    @Metadata(label = "producer",
              description = "Out of send and estimate: the SMS credits the order takes when every recipient is delivered (parts"
                            + " times recipients, summed over its texts).",
              javaType = "Long")
    public static final String CREDITS = "CamelIletiMerkeziCredits";

    @Metadata(label = "producer",
              description = "When true on a report request, the order is also handed to the report consumers of the same"
                            + " component, which then follow it until it is final.",
              javaType = "Boolean")
    public static final String TRACK_ORDER = "CamelIletiMerkeziTrackOrder";

    @Metadata(label = "consumer",
              description = "What a report consumer's exchange is about: recipient (the body is a DeliveryUpdate) or order"
                            + " (the body is an OrderUpdate).",
              javaType = "String", enums = "recipient,order")
    public static final String UPDATE_TYPE = "CamelIletiMerkeziUpdateType";

    /** {@link #UPDATE_TYPE} of a recipient's delivery update. */
    public static final String UPDATE_TYPE_RECIPIENT = "recipient";
    /** {@link #UPDATE_TYPE} of an order's final state. */
    public static final String UPDATE_TYPE_ORDER = "order";

    @Metadata(label = "consumer", description = "The recipient whose delivery status changed, as the provider reports it.",
              javaType = "String")
    public static final String RECIPIENT = "CamelIletiMerkeziRecipient";

    @Metadata(label = "consumer", description = "The recipient's delivery status code: 111 delivered, 112 undelivered.",
              javaType = "int")
    public static final String DELIVERY_STATUS = "CamelIletiMerkeziDeliveryStatus";

    @Metadata(label = "consumer",
              description = "The order's final status code: 114 sending completed, 115 order failed, 455 order not found.",
              javaType = "int")
    public static final String ORDER_STATUS = "CamelIletiMerkeziOrderStatus";

    @Metadata(label = "consumer",
              description = "The update's stable key: stream/orderId/number/status/k for the k-th message of an order to a"
                            + " number at a status, stream/orderId/order/status for an order (stream: the streamName option,"
                            + " else the route id). The same update carries the same key on every instance, after restarts,"
                            + " and whether it came by poll or by push;"
                            + " a sink that stores it under a unique constraint (INSERT ... ON CONFLICT DO NOTHING) keeps"
                            + " each update exactly once.",
              javaType = "String")
    public static final String UPDATE_KEY = "CamelIletiMerkeziUpdateKey";

    @Metadata(label = "consumer",
              description = "Inbox: the received message's key, the provider's id or, when the answer carries none, a digest of"
                            + " its date, sender, receiver and text. The idempotent repository records it prefixed with the"
                            + " route id.",
              javaType = "String")
    public static final String MESSAGE_ID = "CamelIletiMerkeziMessageId";

    @Metadata(label = "consumer", description = "Inbox: the number the received message came from, as the provider writes it.",
              javaType = "String")
    public static final String FROM = "CamelIletiMerkeziFrom";

    @Metadata(label = "consumer", description = "Inbox: the account's number (short code) that received the message.",
              javaType = "String")
    public static final String TO = "CamelIletiMerkeziTo";

    @Metadata(label = "consumer",
              description = "Inbox: when the message was received, in Turkish time; absent when the provider's date cannot be"
                            + " read.",
              javaType = "java.time.LocalDateTime")
    public static final String RECEIVED_AT = "CamelIletiMerkeziReceivedAt";

    private IletiMerkeziConstants() {
    }
}
