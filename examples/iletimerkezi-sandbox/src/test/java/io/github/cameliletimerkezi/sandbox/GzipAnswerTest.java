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
package io.github.cameliletimerkezi.sandbox;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The sandbox compresses answers with a reused deflater, yet writes the bytes {@link GZIPOutputStream} writes. */
class GzipAnswerTest {

    @ParameterizedTest
    @ValueSource(ints = { 0, 1, 180, 4_096, 100_000 })
    void theBytesAreGzipOutputStreams(int size) throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 0; text.length() < size; i++) {
            text.append("<number>+90530").append(1_000_000 + i * 7_919 % 9_000_000).append("</number>İşlem ");
        }
        byte[] body = text.substring(0, size).getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(expected)) {
            out.write(body);
        }

        // twice, so the second answer comes from a deflater that already compressed one
        assertThat(IletiMerkeziSandbox.gzip(body)).isEqualTo(expected.toByteArray());
        assertThat(IletiMerkeziSandbox.gzip(body)).isEqualTo(expected.toByteArray());
    }
}
