package io.github.cameliletimerkezi.report;

import io.github.cameliletimerkezi.IletiMerkeziPollException;
import io.github.cameliletimerkezi.client.IletiMerkeziException;

/**
 * A poll of the delivery reports failed. The provider's status code and message, when it answered, are on it for
 * Camel's consumer health check; the plain client's exception is its cause. The message names the order and what
 * happens to it next.
 */
public class ReportPollException extends IletiMerkeziPollException {

    private static final long serialVersionUID = 1L;

    public ReportPollException(IletiMerkeziException cause) {
        this(cause.getMessage(), cause);
    }

    public ReportPollException(String message, Throwable cause) {
        super(message, cause);
    }
}
