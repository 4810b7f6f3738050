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
package io.github.cameliletimerkezi.model;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Every shape of number the provider takes is compacted; everything else is refused with its position. */
class MobileNumbersTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "5301234567|5301234567",
            "05301234567|05301234567",
            "905301234567|905301234567",
            "00905301234567|00905301234567",
            "+905301234567|+905301234567",
            "+90 530 123 45 67|+905301234567",
            "'  (0530) 123-45.67 '|05301234567",
            "+4915112345678|+4915112345678",
            "0044 20 7946 0958|00442079460958",
            "+1234567|+1234567",
            "+123456789012345|+123456789012345",
            "005301234567|005301234567" })
    void acceptedShapesAreCompacted(String raw, String sent) {
        assertThat(MobileNumbers.normalize(raw, "the message", 1)).isEqualTo(sent);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "12345", "4301234567", "530123456", "53012345678", "1905301234567", "+91530123456a", "+0123456789",
            "+123456", "+1234567890123456", "0001234567", "++905301234567", "5301234567+", "５３０１２３４５６７",
            "530_123_4567", "90-530-123-456" })
    void otherTextIsRefusedNamingItsPlace(String raw) {
        assertThatIllegalArgumentException().isThrownBy(() -> MobileNumbers.normalize(raw, "message 2", 3))
                .withMessageStartingWith("recipients: message 2, recipient 3 '" + raw + "' is not a mobile number");
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "   " })
    void blankIsRefused(String raw) {
        assertThatIllegalArgumentException().isThrownBy(() -> MobileNumbers.normalize(raw, "the message", 1))
                .withMessage("recipients: the message, recipient 1 is empty");
    }
}
