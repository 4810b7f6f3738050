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
package io.github.cameliletimerkezi.api;

import io.github.cameliletimerkezi.model.SendRequest;

/**
 * Checks a send order the way {@link IletiMerkeziClient#send} does, without sending it: for callers that send an
 * order in several requests and must not send any part of a bad one.
 */
public final class SendRequestCheck {

    private SendRequestCheck() {
    }

    /** @throws IllegalArgumentException naming the bad field */
    public static void check(SendRequest request) {
        SendOrderFactory.create(request);
    }
}
