package io.github.cameliletimerkezi;

import org.apache.camel.spi.Metadata;

/**
 * The message headers the component reads and writes.
 */
public final class IletiMerkeziConstants {

    @Metadata(label = "producer",
              description = "The operation to run, overriding the endpoint's path: send, cancel, balance, report, status, account"
                            + " or senders. An unknown value is an error.",
              javaType = "String")
    public static final String OPERATION = "CamelIletiMerkeziOperation";

    @Metadata(label = "producer",
              description = "The numbers a text body is sent to: a List, an array or a comma-separated String.",
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

    @Metadata(label = "producer", description = "The report page to read, from 1, overriding the page option.",
              javaType = "Integer")
    public static final String PAGE = "CamelIletiMerkeziPage";

    @Metadata(label = "producer", description = "Rows per report page, 1 to 1000, overriding the rowCount option.",
              javaType = "Integer")
    public static final String ROW_COUNT = "CamelIletiMerkeziRowCount";

    @Metadata(label = "producer",
              description = "The provider's status code of the answer (200 on success), or the HTTP status when the answer"
                            + " carried none.",
              javaType = "int")
    public static final String STATUS_CODE = "CamelIletiMerkeziStatusCode";

    @Metadata(label = "producer", description = "The provider's status message of the answer (Turkish).",
              javaType = "String")
    public static final String STATUS_MESSAGE = "CamelIletiMerkeziStatusMessage";

    private IletiMerkeziConstants() {
    }
}
