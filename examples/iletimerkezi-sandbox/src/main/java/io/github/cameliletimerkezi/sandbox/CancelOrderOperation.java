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
 * {@code cancel-order}: only a scheduled order whose time has not come can be cancelled; its credits come back.
 * Anything else, an unknown order included, is 455.
 */
final class CancelOrderOperation implements SandboxOperation {

    private final SandboxAccount account;

    CancelOrderOperation(SandboxAccount account) {
        this.account = account;
    }

    @Override
    public SandboxAnswer answer(XmlNode request) {
        synchronized (account) {
            SandboxOrder found = account.find(request.child("order"));
            if (found == null || found.cancelled || found.hasStarted(account.now())) {
                return SandboxAnswer.of(455);
            }
            found.cancelled = true;
            account.smsCredits += found.totalParts();
            return SandboxAnswer.of(200);
        }
    }
}
