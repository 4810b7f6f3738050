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
package io.github.cameliletimerkezi.report;

import io.github.cameliletimerkezi.client.IletiMerkeziException;
import io.github.cameliletimerkezi.client.IletiMerkeziTransportException;
import io.github.cameliletimerkezi.model.StatusCodes;

/**
 * Whose fault a failed read is, which decides what happens next (the table in docs/component.md):
 * <ul>
 * <li>{@link #ACCOUNT} — every order would fail alike (401, 403, 429, 5xx, no answer, a repository that cannot be
 * read or written): the poll fails as a whole, no order is counted against, the stream backs off;</li>
 * <li>{@link #ORDER} — the provider does not know the order (455): that order backs off, and the age limit ends it;</li>
 * <li>{@link #UNCLEAR} — an unreadable answer, or another refusal: the order's own fault when other orders read fine in
 * the same poll, else the account's.</li>
 * </ul>
 */
enum FailureClass {
    ACCOUNT,
    ORDER,
    UNCLEAR;

    static FailureClass of(Throwable failure) {
        if (failure instanceof UpdateRepositoryException || failure instanceof StoreException) {
            return ACCOUNT;
        }
        if (failure instanceof IletiMerkeziTransportException) {
            return ACCOUNT;
        }
        if (failure instanceof IletiMerkeziException api) {
            if (api.getResponse() == null && api.getClass() == IletiMerkeziException.class) {
                // an answer that is not the provider's XML: a maintenance page, a proxy, or one odd report
                return UNCLEAR;
            }
            int code = api.getStatusCode();
            if (code == StatusCodes.ORDER_NOT_FOUND) {
                return ORDER;
            }
            if (code == 401 || code == 403 || code == 429 || code >= 500 || code == 0) {
                return ACCOUNT;
            }
            return UNCLEAR;
        }
        // anything else (I/O) hits every order alike
        return ACCOUNT;
    }
}
