package io.github.cameliletimerkezi;

import io.github.cameliletimerkezi.client.IletiMerkeziException;
import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.HttpResponseAware;

/**
 * A consumer's poll failed. When the provider answered, the status code and message of the plain client's exception
 * (found among the causes) are kept, so Camel's consumer health check shows them ({@link HttpResponseAware}): wrong
 * credentials show DOWN with 401. The consumers throw the subclasses {@code ReportPollException} and
 * {@code InboxPollException}.
 */
public class IletiMerkeziPollException extends RuntimeCamelException implements HttpResponseAware {

    private static final long serialVersionUID = 1L;

    private int statusCode;
    private String statusMessage;

    public IletiMerkeziPollException(String message, Throwable cause) {
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
