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
package io.github.cameliletimerkezi.client;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;

/**
 * Makes request bodies, answers and addresses safe to log and to quote in exception messages: the contents of the
 * password, hash and userPassword elements and of the password and hash JSON fields are masked, and so is any user
 * info in a URL.
 */
final class WireLog {

    private static final Pattern SECRET_ELEMENTS
            = Pattern.compile("<(password|hash|userPassword)>[^<]*</\\1>");
    private static final Pattern SECRET_FIELDS = Pattern.compile("(\"(?:password|hash)\"\\s*:\\s*\")[^\"]*(\")");
    private static final int SNIPPET_LENGTH = 200;

    private WireLog() {
    }

    /** XML and JSON alike: every body is masked by the same rule, whatever the operation's format. */
    static String mask(String text) {
        if (text == null) {
            return null;
        }
        String xml = SECRET_ELEMENTS.matcher(text).replaceAll("<$1>xxxxxx</$1>");
        return SECRET_FIELDS.matcher(xml).replaceAll("$1xxxxxx$2");
    }

    /** The start of an unreadable answer, masked and on one line, for an exception message. */
    static String snippet(String body) {
        String flat = mask(body).replaceAll("\\s+", " ").trim();
        return flat.length() <= SNIPPET_LENGTH ? flat : flat.substring(0, SNIPPET_LENGTH) + "...";
    }

    static String url(String url) {
        if (url == null) {
            return null;
        }
        try {
            URI uri = new URI(url);
            if (uri.getRawUserInfo() == null) {
                return url;
            }
            return new URI(uri.getScheme(), "xxxxxx", uri.getHost(), uri.getPort(), uri.getPath(), uri.getQuery(),
                    uri.getFragment()).toString();
        } catch (URISyntaxException e) {
            // not a URL we can take apart: show nothing of it rather than risk a secret
            return "(unparseable address)";
        }
    }
}
