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

/**
 * {@code get-balance}: the lira amount and the SMS credit, both as integer text as in the recorded answers
 * ({@code <amount>1</amount>}).
 */
final class BalanceOperation implements SandboxOperation {

    private final SandboxAccount account;

    BalanceOperation(SandboxAccount account) {
        this.account = account;
    }

    @Override
    public SandboxAnswer answer(XmlNode request) {
        long credits = account.smsCredits();
        return new SandboxAnswer(200, XmlAnswer.status(200).open("balance").element("amount", account.settings.amount())
                .element("sms", credits).close("balance").end());
    }
}
