package io.github.cameliletimerkezi.client;

/**
 * The request never reached the provider: the connection was refused, the host name did not resolve, the TLS handshake
 * failed, the connection could not be made in time, or no pooled connection became free in time. Nothing was sent,
 * so sending again (later, or to a fixed address) cannot deliver anything twice.
 */
public class IletiMerkeziNotSentException extends IletiMerkeziTransportException {

    private static final long serialVersionUID = 1L;

    public IletiMerkeziNotSentException(String operation, String host, String reason, Throwable cause) {
        super("İleti Merkezi " + operation + " was not sent to " + host + ": " + reason, operation, host, cause);
    }
}
