package io.github.cameliletimerkezi.client;

/**
 * The request was written but no complete answer came: the connection was reset or closed, or the answer did not come
 * within the read timeout. The provider may have acted on it. For a send, sending again may deliver the SMS twice
 * (the provider refuses the same text to the same numbers within 10 minutes with 451, which then means "probably sent
 * already"); check the order first.
 */
public class IletiMerkeziOutcomeUnknownException extends IletiMerkeziTransportException {

    private static final long serialVersionUID = 1L;

    public IletiMerkeziOutcomeUnknownException(String operation, String host, String reason, Throwable cause) {
        super("İleti Merkezi " + operation + " to " + host + " has an unknown outcome: " + reason
              + "; the request may have reached the provider", operation, host, cause);
    }
}
