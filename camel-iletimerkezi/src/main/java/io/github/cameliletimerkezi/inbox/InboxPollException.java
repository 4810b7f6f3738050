package io.github.cameliletimerkezi.inbox;

import io.github.cameliletimerkezi.IletiMerkeziPollException;
import io.github.cameliletimerkezi.client.IletiMerkeziException;

/**
 * A poll of the inbox was refused by the provider; its status code and message are on it for Camel's consumer health
 * check, so wrong credentials show DOWN with 401.
 */
public class InboxPollException extends IletiMerkeziPollException {

    private static final long serialVersionUID = 1L;

    public InboxPollException(IletiMerkeziException cause) {
        super("İleti Merkezi inbox poll failed: " + cause.getMessage() + "; tried again at the next poll", cause);
    }
}
