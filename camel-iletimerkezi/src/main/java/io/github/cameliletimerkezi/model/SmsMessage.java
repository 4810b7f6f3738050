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

import java.util.List;
import java.util.Objects;

/**
 * One text and the numbers it goes to. An order holds one or more of these.
 *
 * @param text       the SMS text, sent as it is (XML escaping is the client's job)
 * @param recipients the numbers, in any format the provider accepts ({@code 5xxxxxxxxx}, {@code 905xxxxxxxxx},
 *                   {@code +90 5xx xxx xx xx}, ...)
 */
public record SmsMessage(String text, List<String> recipients) {

    public SmsMessage {
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
    }

    public static SmsMessage of(String text, String... recipients) {
        return new SmsMessage(text, List.of(Objects.requireNonNull(recipients, "recipients")));
    }
}
