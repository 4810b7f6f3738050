package io.github.cameliletimerkezi.report;

import io.github.cameliletimerkezi.client.IletiMerkeziException;
import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.HttpResponseAware;

/**
 * A poll of the delivery reports failed. Camel's consumer health check reads the provider's status code and message
 * from it ({@link HttpResponseAware}) when the provider answered; the plain client's exception is its cause. The
 * message names the order and what happens to it next.
 */
public class ReportPollException extends RuntimeCamelException implements HttpResponseAware {

    private static final long serialVersionUID = 1L;

    private int statusCode;
    private String statusMessage;

    public ReportPollException(IletiMerkeziException cause) {
        this(cause.getMessage(), cause);
    }

    public ReportPollException(String message, Throwable cause) {
        super(message, cause);
        Throwable api = cause;
        while (api != null && !(api instanceof IletiMerkeziException)) {
            api = api.getCause();
        }
        if (api instanceof IletiMerkeziException e) {
            this.statusCode = e.getStatusCode();
            this.statusMessage = e.getStatusMessage();
        }
    }

    @Override
    public int getHttpResponseCode() {
        return statusCode;
    }

    @Override
    public void setHttpResponseCode(int code) {
        this.statusCode = code;
    }

    @Override
    public String getHttpResponseStatus() {
        return statusMessage;
    }

    @Override
    public void setHttpResponseStatus(String status) {
        this.statusMessage = status;
    }
}
