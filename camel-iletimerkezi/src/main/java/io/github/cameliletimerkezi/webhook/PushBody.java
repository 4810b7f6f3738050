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
package io.github.cameliletimerkezi.webhook;

import java.io.IOException;
import java.io.InputStream;

import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * Reads a push body up to {@value #MAX_BYTES} bytes. A push is one report of a few hundred bytes; anything far larger
 * is not the provider's, and is refused without being read whole.
 */
public final class PushBody {

    /** The largest push body read. */
    public static final int MAX_BYTES = 64 * 1024;

    private PushBody() {
    }

    /** The body's bytes; empty when there is none. */
    public static byte[] read(Message message) throws TooLargeException {
        Long declared = message.getHeader(Exchange.CONTENT_LENGTH, Long.class);
        if (declared != null && declared > MAX_BYTES) {
            throw new TooLargeException(declared);
        }
        InputStream in = message.getBody(InputStream.class);
        if (in == null) {
            return new byte[0];
        }
        try (in) {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new TooLargeException(-1);
            }
            return bytes;
        } catch (IOException e) {
            throw new IllegalStateException("The push body could not be read", e);
        }
    }

    /** A body over the cap; answered 413. */
    public static final class TooLargeException extends Exception {

        private static final long serialVersionUID = 1L;

        TooLargeException(long declared) {
            super("the body " + (declared >= 0 ? "declares " + declared + " bytes" : "is larger than " + MAX_BYTES + " bytes")
                  + "; a push is one report of a few hundred bytes, and at most " + MAX_BYTES + " are read");
        }
    }
}
