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
package io.github.cameliletimerkezi.parts;

import java.util.List;
import java.util.stream.Stream;

import io.github.cameliletimerkezi.model.SendRequest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Part counts of the documented table against the sizes of reference §4: 155/153 (GSM-7), 150/146 (Turkish), 70/67
 * (UCS-2), at most 7 parts.
 */
class SmsPartCounterTest {

    static Stream<PartCountTable.Row> rows() {
        return PartCountTable.ROWS.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void countsMatchTheTable(PartCountTable.Row row) {
        assertThat(SmsPartCounter.count(row.text()))
                .isEqualTo(new PartCount(row.encoding(), row.characters(), row.parts(), row.charactersLeft()));
    }

    @Test
    void moreThanSevenPartsIsRefusedNamingTextAndTheCount() {
        assertThatThrownBy(() -> SmsPartCounter.check("a".repeat(1072), "message 2"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("text: message 2 takes 8 SMS parts (1072 characters in GSM7); at most 7 are allowed"
                            + " (the provider refuses it with 453)");
        assertThat(SmsPartCounter.check("a".repeat(1071), "the message").parts()).isEqualTo(7);
    }

    @Test
    void creditsArePartsTimesRecipientsOverEveryText() {
        SendRequest order = new SendRequest()
                .addMessage("a".repeat(156), List.of("5301234567", "5301234568", "5301234569"))
                .addMessage("Günaydın", List.of("5301234570"));

        SendEstimate estimate = SendEstimate.checked(order);

        assertThat(estimate.recipients()).isEqualTo(4);
        assertThat(estimate.parts()).isEqualTo(2);
        assertThat(estimate.credits()).isEqualTo(2 * 3 + 1);
        assertThat(estimate.messages()).extracting(PartCount::encoding).containsExactly(SmsEncoding.GSM7, SmsEncoding.TURKISH);
    }
}
