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

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * What came back over HTTP: the status, the body's bytes (empty when there was none), the charset its Content-Type
 * declared (null when it declared none) and the Location header of a redirect (else null). Parsers read the bytes, so
 * an XML answer's own encoding declaration and byte-order mark are honoured; {@link #body()} is the text for JSON,
 * logs and messages.
 */
public final class HttpAnswer {

    private final int status;
    private final byte[] bytes;
    private final Charset declaredCharset;
    private final String location;
    private String text;

    public HttpAnswer(int status, byte[] bytes, Charset declaredCharset, String location) {
        this.status = status;
        this.bytes = bytes;
        this.declaredCharset = declaredCharset;
        this.location = location;
    }

    /** An answer already decoded; for tests and answers built in memory. */
    public HttpAnswer(int status, String body) {
        this(status, body.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, null);
    }

    public int status() {
        return status;
    }

    /** The body as it came; do not modify. */
    public byte[] bytes() {
        return bytes;
    }

    /** The charset of the Content-Type header, or null when the header named none. */
    public Charset declaredCharset() {
        return declaredCharset;
    }

    public String location() {
        return location;
    }

    /**
     * The body as text: decoded with the charset a byte-order mark names, else the declared one, else UTF-8; the
     * byte-order mark is not part of the text.
     */
    public String body() {
        if (text == null) {
            Charset bom = bomCharset();
            int skip = bom == null ? 0 : StandardCharsets.UTF_8.equals(bom) ? 3 : 2;
            Charset charset = bom != null ? bom : declaredCharset != null ? declaredCharset : StandardCharsets.UTF_8;
            text = new String(bytes, skip, bytes.length - skip, charset);
        }
        return text;
    }

    /** The charset a byte-order mark at the start names (UTF-8, UTF-16BE, UTF-16LE), or null when there is none. */
    public Charset bomCharset() {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    @Override
    public String toString() {
        return "HttpAnswer[" + status + ", " + bytes.length + " bytes]";
    }
}
