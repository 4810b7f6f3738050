package io.github.cameliletimerkezi.client;

import java.io.IOException;

import io.github.cameliletimerkezi.client.IletiMerkeziException;
import io.github.cameliletimerkezi.model.IletiMerkeziResponse;
import io.github.cameliletimerkezi.model.SendRequest;
import io.github.cameliletimerkezi.model.StatusCodes;

/**
 * The İleti Merkezi operations, usable without Camel. Every call validates its input before any I/O and throws
 * {@link IllegalArgumentException} naming the bad field. A readable answer comes back as an
 * {@link IletiMerkeziResponse} whatever its status code (check {@link IletiMerkeziResponse#isError()}); an unreadable
 * one or a redirect raises {@link IletiMerkeziException}; a transport failure raises
 * {@link IletiMerkeziNotSentException} (nothing reached the provider) or {@link IletiMerkeziOutcomeUnknownException}
 * (it may have). Requests are never repeated or redirected. Implementations are thread-safe.
 */
public interface IletiMerkeziClient extends AutoCloseable {

    /** The provider's largest report page. */
    int MAX_ROW_COUNT = 1000;

    /** Sends one or more texts as one order; the answer carries the order id. */
    IletiMerkeziResponse send(SendRequest request) throws IOException;

    /** Cancels a scheduled order whose sending has not started. */
    IletiMerkeziResponse cancel(String orderId) throws IOException;

    /** The account's balance in lira and SMS credits. */
    IletiMerkeziResponse balance() throws IOException;

    /**
     * One page of an order's delivery report.
     *
     * @param page     the page, from 1
     * @param rowCount rows per page, 1 to {@value #MAX_ROW_COUNT}
     */
    IletiMerkeziResponse report(String orderId, int page, int rowCount) throws IOException;

    /** The senders (başlık) approved for the account. */
    IletiMerkeziResponse senders() throws IOException;

    /** The legacy account-info answer (username/password accounts only), without the password it carries. */
    IletiMerkeziResponse account() throws IOException;

    /** Whether the service answers a balance query with 200; any failure means false. */
    default boolean isServiceUp() {
        try {
            return balance().getCode() == StatusCodes.OK;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Releases what the client owns; a client built on a shared HTTP pool leaves the pool open. */
    @Override
    default void close() throws IOException {
    }
}
