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
package io.github.cameliletimerkezi;

import java.util.List;

import io.github.cameliletimerkezi.model.IletiMerkeziResponse;
import io.github.cameliletimerkezi.model.SendRequest;
import org.apache.camel.Exchange;

/** Puts on an exchange the progress a part-way send of another order would have left. */
public final class SendRequestProgressFixture {

    private SendRequestProgressFixture() {
    }

    public static void leaveProgress(Exchange exchange, String text, List<String> recipients) {
        SendRequest other = SendRequest.of(text, recipients).sender("APITEST");
        SplitSend.Progress progress = new SplitSend.Progress(SplitSend.fingerprint(other), 2);
        progress.accept(IletiMerkeziResponse.builder("send", 200).orderId("99").build());
        exchange.setProperty(SplitSend.PROGRESS, progress);
    }
}
