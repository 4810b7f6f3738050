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
 * Makes request bodies and addresses safe to log: the contents of the password, hash and userPassword elements are
 * masked, and so is any user info in a URL.
 */
final class WireLog {

    private static final Pattern SECRET_ELEMENTS
            = Pattern.compile("<(password|hash|userPassword)>[^<]*</\\1>");

    private WireLog() {
    }

    static String mask(String xml) {
        return xml == null ? null : SECRET_ELEMENTS.matcher(xml).replaceAll("<$1>xxxxxx</$1>");
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
