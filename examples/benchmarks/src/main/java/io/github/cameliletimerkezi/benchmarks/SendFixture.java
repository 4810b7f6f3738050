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
package io.github.cameliletimerkezi.benchmarks;

/**
 * The one send every path of the benchmark makes: one text to one number from an approved sender, authenticated with
 * an API key and hash. The fixed-answer server accepts anything, so the credentials are placeholders.
 */
final class SendFixture {

    /** System property with the fixed-answer server's API root, e.g. {@code http://127.0.0.1:40025/v1}. */
    static final String SERVER_URL = "benchmarks.server.url";
    /** System property with the fixed-answer server's process id, for its CPU time. */
    static final String SERVER_PID = "benchmarks.server.pid";

    static final String PUBLIC_KEY = "benchmark-key";
    static final String API_HASH = "b6a736a4b6739ac56db7e903b0ef55bda82fca63fac55d4bd1d6d62c54888b22";
    static final String SENDER = "ACME";
    static final String TEXT = "Siparisiniz yola cikti, takip no 1234567890";
    static final String NUMBER = "5301234567";
    /** The order id in the recorded send answer. */
    static final String ORDER_ID = "00002";

    /** The request the component writes for this send, byte for byte as the raw baseline posts it. */
    static final String REQUEST_XML = "<request><authentication><key>" + PUBLIC_KEY + "</key><hash>" + API_HASH
            + "</hash></authentication><order><sender>" + SENDER + "</sender><message><text>" + TEXT
            + "</text><receipents><number>" + NUMBER + "</number></receipents></message></order></request>";

    private SendFixture() {
    }

    static String serverUrl() {
        String url = System.getProperty(SERVER_URL);
        if (url == null || url.isBlank()) {
            throw new IllegalStateException("System property " + SERVER_URL
                    + " is not set: run the benchmarks through io.github.cameliletimerkezi.benchmarks.Benchmarks");
        }
        return url;
    }
}
