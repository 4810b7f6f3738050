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

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;

/**
 * The one reader of every answer, XML and JSON: the body's bytes up to {@value #MAX_BYTES}, which no answer of the API
 * comes near (a full report page is under 100 KB), with the charset its Content-Type declares. A larger body is
 * refused without being read whole.
 */
final class AnswerBody {

    /** The largest answer read. */
    static final int MAX_BYTES = 4 * 1024 * 1024;

    private AnswerBody() {
    }

    static HttpAnswer read(String operation, ClassicHttpResponse response) throws IOException {
        HttpEntity entity = response.getEntity();
        Header location = response.getFirstHeader("Location");
        byte[] bytes = entity == null ? new byte[0] : bytes(operation, response.getCode(), entity);
        return new HttpAnswer(response.getCode(), bytes, entity == null ? null : charset(entity.getContentType()),
                location == null ? null : location.getValue());
    }

    private static byte[] bytes(String operation, int status, HttpEntity entity) throws IOException {
        if (entity.getContentLength() > MAX_BYTES) {
            throw tooLarge(operation, status);
        }
        try (InputStream in = entity.getContent()) {
            if (in == null) {
                return new byte[0];
            }
            byte[] bytes = entity.getContentLength() >= 0 ? readDeclared(in, (int) entity.getContentLength())
                    : in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw tooLarge(operation, status);
            }
            return bytes;
        }
    }

    /**
     * A body of declared length, read straight into an array of that length (no chunk buffers, no copy); should more
     * bytes follow than declared, they are read too, so the size limit sees the whole body.
     */
    private static byte[] readDeclared(InputStream in, int length) throws IOException {
        byte[] bytes = new byte[length];
        int read = in.readNBytes(bytes, 0, length);
        int next = read < length ? -1 : in.read();
        if (next < 0) {
            return read < length ? Arrays.copyOf(bytes, read) : bytes;
        }
        byte[] rest = in.readNBytes(MAX_BYTES - length);
        byte[] all = Arrays.copyOf(bytes, length + 1 + rest.length);
        all[length] = (byte) next;
        System.arraycopy(rest, 0, all, length + 1, rest.length);
        return all;
    }

    private static IletiMerkeziException tooLarge(String operation, int status) {
        return new IletiMerkeziException(operation, status, "the answer is larger than " + MAX_BYTES
                                                            + " bytes, which no İleti Merkezi answer is; it was not read", null);
    }

    /** The declared charset, or null when the type names none (or an unknown one). */
    static Charset charset(String contentType) {
        if (contentType == null) {
            return null;
        }
        if (isUtf8(contentType)) {
            return StandardCharsets.UTF_8;
        }
        try {
            ContentType type = ContentType.parse(contentType);
            return type == null ? null : type.getCharset();
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * The provider's own {@code text/xml; charset=utf-8} (in any case), told apart from the rest without parsing the
     * header, which every answer would otherwise pay for.
     */
    private static boolean isUtf8(String contentType) {
        int semicolon = contentType.indexOf(';');
        String utf8 = "; charset=utf-8";
        return semicolon >= 0 && contentType.length() - semicolon == utf8.length()
               && contentType.regionMatches(true, semicolon, utf8, 0, utf8.length());
    }
}
