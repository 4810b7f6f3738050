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

import io.github.cameliletimerkezi.inbox.InboxQuery;
import org.apache.camel.Message;

/**
 * Reads an {@code inbox} request: an {@link InboxQuery} body as it is; otherwise the page from the
 * {@code CamelIletiMerkeziPage} header or the page option, and the optional time range from the
 * {@code CamelIletiMerkeziStart} and {@code CamelIletiMerkeziEnd} headers.
 */
public final class InboxRequestReader {

    private InboxRequestReader() {
    }

    public static InboxQuery query(Message message, IletiMerkeziConfiguration configuration) {
        if (message.getBody() instanceof InboxQuery query) {
            return query;
        }
        return InboxQuery.firstPage()
                .page(Headers.intValue(message, IletiMerkeziConstants.PAGE, configuration.getPage()))
                .start(blankToNull(message.getHeader(IletiMerkeziConstants.START)))
                .end(blankToNull(message.getHeader(IletiMerkeziConstants.END)));
    }

    private static Object blankToNull(Object value) {
        return value instanceof CharSequence text && text.toString().isBlank() ? null : value;
    }
}
