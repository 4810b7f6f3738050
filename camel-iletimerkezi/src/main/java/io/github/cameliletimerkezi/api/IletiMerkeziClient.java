/*
 * Copyright 2026 the camel-iletimerkezi authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.github.cameliletimerkezi.api;

import java.io.IOException;

import java.time.LocalDate;
import java.util.List;

import io.github.cameliletimerkezi.blacklist.BlacklistQuery;
import io.github.cameliletimerkezi.client.IletiMerkeziException;
import io.github.cameliletimerkezi.client.IletiMerkeziNotSentException;
import io.github.cameliletimerkezi.client.IletiMerkeziOutcomeUnknownException;
import io.github.cameliletimerkezi.consent.ConsentQuery;
import io.github.cameliletimerkezi.consent.ConsentRecord;
import io.github.cameliletimerkezi.inbox.InboxQuery;
import io.github.cameliletimerkezi.model.IletiMerkeziResponse;
import io.github.cameliletimerkezi.model.SendRequest;
import io.github.cameliletimerkezi.model.StatusCodes;
import io.github.cameliletimerkezi.orders.OrderPages;

/**
 * The İleti Merkezi operations, usable without Camel. Every call validates its input before any I/O and throws
 * {@link IllegalArgumentException} naming the bad field. A readable answer comes back as an
 * {@link IletiMerkeziResponse} whatever its status code (check {@link IletiMerkeziResponse#isError()}); an unreadable
 * one or a redirect raises {@link IletiMerkeziException}; a transport failure raises
 * {@link IletiMerkeziNotSentException} (nothing reached the provider) or {@link IletiMerkeziOutcomeUnknownException}
 * (it may have). Requests are never repeated or redirected. Implementations are thread-safe.
 */
public interface IletiMerkeziClient extends AutoCloseable, OrderPages {

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

    /** One page of the account's blacklist; the payload is a {@code BlacklistPage}. */
    default IletiMerkeziResponse blacklist(BlacklistQuery query) throws IOException {
        throw unsupported("blacklist");
    }

    /** Adds one number to the blacklist: sends to it are refused from then on (452, or 112 per number). */
    default IletiMerkeziResponse addToBlacklist(String number) throws IOException {
        throw unsupported("addToBlacklist");
    }

    /** Removes one number from the blacklist. */
    default IletiMerkeziResponse removeFromBlacklist(String number) throws IOException {
        throw unsupported("removeFromBlacklist");
    }

    /**
     * One page of the orders submitted between two days (both included, at most 10 days apart); the payload is an
     * {@code OrderPage}. {@code OrderList} walks longer ranges and every page.
     */
    @Override
    default IletiMerkeziResponse orders(LocalDate start, LocalDate end, int page) throws IOException {
        throw unsupported("orders");
    }

    /**
     * Records 1 to 5000 İYS consents. 403 means the account has no İYS subscription.
     *
     * @param brandCode the account's İYS brand code, or null to leave it out
     */
    default IletiMerkeziResponse addConsent(String brandCode, List<ConsentRecord> records) throws IOException {
        throw unsupported("addConsent");
    }

    /** One recipient's İYS consent: the payload is a {@code ConsentRecord}; none (code 422) when there is no record. */
    default IletiMerkeziResponse consent(String brandCode, ConsentQuery query) throws IOException {
        throw unsupported("consent");
    }

    /**
     * One page of the SMS the account received (short-code replies, RET opt-outs), optionally only those received
     * between two times; the payload is an {@code InboxPage}.
     */
    default IletiMerkeziResponse inbox(InboxQuery query) throws IOException {
        throw unsupported("inbox");
    }

    /** What a client that predates an operation answers when asked for it. */
    private UnsupportedOperationException unsupported(String operation) {
        return new UnsupportedOperationException(getClass().getSimpleName() + " does not implement " + operation);
    }

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
