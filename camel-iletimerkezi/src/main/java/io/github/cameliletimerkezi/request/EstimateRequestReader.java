package io.github.cameliletimerkezi.request;

import io.github.cameliletimerkezi.IletiMerkeziConfiguration;
import io.github.cameliletimerkezi.IletiMerkeziConstants;
import io.github.cameliletimerkezi.parts.SendEstimate;
import org.apache.camel.Message;

/**
 * Reads what an estimate counts: the same bodies as a send. A bare text without the recipients header is counted for
 * one recipient, so its credits are the credits per recipient.
 */
public final class EstimateRequestReader {

    private EstimateRequestReader() {
    }

    public static SendEstimate read(Message message, IletiMerkeziConfiguration configuration) {
        Object body = message.getBody();
        if (body instanceof CharSequence text && message.getHeader(IletiMerkeziConstants.RECIPIENTS) == null) {
            return SendEstimate.forOneRecipient(text.toString());
        }
        return SendEstimate.of(SendRequestReader.read(message, configuration));
    }
}
