package io.github.cameliletimerkezi.report;

import io.github.cameliletimerkezi.client.IletiMerkeziException;
import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.HttpResponseAware;

/**
 * A poll of the delivery reports failed on an error answer. Camel's consumer health check reads the provider's status
 * code and message from it ({@link HttpResponseAware}); the plain client's exception is its cause.
 */
public class ReportPollException extends RuntimeCamelException implements HttpResponseAware {

    private static final long serialVersionUID = 1L;

    private int statusCode;
    private String statusMessage;

    public ReportPollException(IletiMerkeziException cause) {
        super(cause.getMessage(), cause);
        this.statusCode = cause.getStatusCode();
        this.statusMessage = cause.getStatusMessage();
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
