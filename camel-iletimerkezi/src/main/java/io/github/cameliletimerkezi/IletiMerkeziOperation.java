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
package io.github.cameliletimerkezi;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * What an {@code iletimerkezi:} endpoint does. The names are the URI path values.
 */
public enum IletiMerkeziOperation {
    /** Send one text to many numbers, or many texts in one order. */
    send,
    /** Cancel a scheduled order whose sending has not started. */
    cancel,
    /** Read the account's balance. */
    balance,
    /** Read one page of an order's delivery report (producer), or stream report changes (consumer). */
    report,
    /** Whether the service answers: true when a balance query gets status 200. */
    status,
    /** The legacy account-info request (username/password accounts only). */
    account,
    /** List the senders approved for the account. */
    senders,
    /** Read one page of the account's blacklist, optionally between two times. */
    blacklist,
    /** Add numbers to the blacklist, one API call per number. */
    addToBlacklist,
    /** Remove numbers from the blacklist, one API call per number. */
    removeFromBlacklist,
    /** Count a send's SMS parts and credits without sending it. */
    estimate,
    /** Every order submitted between two days, as a stream read a page at a time. */
    orders,
    /** Record İYS consents, at most 5000 a call (more are split). */
    addConsent,
    /** Read one recipient's İYS consent; no record is an empty result. */
    consent,
    /** Read one page of the SMS the account received (producer), or receive each new one once (consumer). */
    inbox,
    /** Consumer only: receive the provider's delivery-report push over the runtime's HTTP server. */
    webhook;

    /**
     * Reads an operation name, ignoring case.
     *
     * @param  source                   where the name came from, for the error message
     * @throws IllegalArgumentException naming the value and the valid names; there is no fallback
     */
    public static IletiMerkeziOperation parse(Object value, String source) {
        if (value instanceof IletiMerkeziOperation operation) {
            return operation;
        }
        String name = value == null ? "" : value.toString().trim();
        for (IletiMerkeziOperation operation : values()) {
            if (operation.name().equalsIgnoreCase(name)) {
                return operation;
            }
        }
        throw new IllegalArgumentException(source + " '" + name + "' is not an İleti Merkezi operation: use one of "
                                           + Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", ")));
    }
}
