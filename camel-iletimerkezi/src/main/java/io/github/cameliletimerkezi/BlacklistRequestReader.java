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

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import io.github.cameliletimerkezi.blacklist.BlacklistQuery;
import io.github.cameliletimerkezi.model.MobileNumbers;
import org.apache.camel.Message;

/**
 * Reads blacklist requests from a message: the page query of {@code blacklist}, and the numbers of
 * {@code addToBlacklist} and {@code removeFromBlacklist}.
 */
public final class BlacklistRequestReader {

    private BlacklistRequestReader() {
    }

    /**
     * A {@link BlacklistQuery} body as it is; otherwise page and row count from the headers, then the options, and the
     * optional range from the {@code CamelIletiMerkeziStart} and {@code CamelIletiMerkeziEnd} headers.
     */
    public static BlacklistQuery query(Message message, IletiMerkeziConfiguration configuration) {
        if (message.getBody() instanceof BlacklistQuery query) {
            return query;
        }
        return BlacklistQuery.firstPage()
                .page(Headers.intValue(message, IletiMerkeziConstants.PAGE, configuration.getPage()))
                .rowCount(Headers.intValue(message, IletiMerkeziConstants.ROW_COUNT, configuration.getRowCount()))
                .start(blankToNull(message.getHeader(IletiMerkeziConstants.START)))
                .end(blankToNull(message.getHeader(IletiMerkeziConstants.END)));
    }

    /**
     * The numbers to add or remove: the body (a number, a List, an array or a comma-separated String), else the
     * {@code CamelIletiMerkeziRecipients} header. Every number is checked before any is sent.
     *
     * @throws IllegalArgumentException naming the number and its place, or saying none was given
     */
    public static List<String> numbers(Message message) {
        Object body = message.getBody();
        Object source = body instanceof CharSequence || body instanceof Collection<?> || body instanceof Object[]
                        || body instanceof Number
                ? body : message.getHeader(IletiMerkeziConstants.RECIPIENTS);
        List<String> raw = SendRequestReader.numbers(source);
        if (raw.isEmpty()) {
            throw new IllegalArgumentException("number is missing: put the number (or a list of numbers) in the body or in the "
                                               + IletiMerkeziConstants.RECIPIENTS + " header");
        }
        List<String> numbers = new ArrayList<>(raw.size());
        for (int i = 0; i < raw.size(); i++) {
            numbers.add(MobileNumbers.canonical(raw.get(i), raw.size() == 1 ? "number" : "number " + (i + 1)));
        }
        return numbers;
    }

    /** Whether the body names a single number, so the answer is one response rather than a list. */
    public static boolean isSingle(Message message) {
        Object body = message.getBody();
        return body instanceof Number || body instanceof CharSequence text && text.toString().indexOf(',') < 0;
    }

    private static Object blankToNull(Object value) {
        return value instanceof CharSequence text && text.toString().isBlank() ? null : value;
    }
}
