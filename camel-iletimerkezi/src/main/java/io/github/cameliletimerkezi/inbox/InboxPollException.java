package io.github.cameliletimerkezi.inbox;

import io.github.cameliletimerkezi.client.IletiMerkeziException;
import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.HttpResponseAware;

/**
 * A poll of the inbox was refused by the provider. Camel's consumer health check reads the provider's status code and
 * message from it ({@link HttpResponseAware}), so wrong credentials show DOWN with 401.
 */
public class InboxPollException extends RuntimeCamelException implements HttpResponseAware {

    private static final long serialVersionUID = 1L;

    private int statusCode;
    private String statusMessage;

    public InboxPollException(IletiMerkeziException cause) {
        super("İleti Merkezi inbox poll failed: " + cause.getMessage() + "; tried again at the next poll", cause);
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
