package io.github.cameliletimerkezi.client;

import java.util.regex.Pattern;

import org.apache.camel.util.URISupport;

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
        return URISupport.sanitizeUri(url);
    }
}
