package io.github.cameliletimerkezi.client;

import io.github.cameliletimerkezi.model.SendRequest;

/**
 * Checks a send order the way {@link IletiMerkeziClient#send} does, without sending it: for callers that send an
 * order in several requests and must not send any part of a bad one.
 */
public final class SendRequestCheck {

    private SendRequestCheck() {
    }

    /** @throws IllegalArgumentException naming the bad field */
    public static void check(SendRequest request) {
        SendOrderFactory.create(request);
    }
}
