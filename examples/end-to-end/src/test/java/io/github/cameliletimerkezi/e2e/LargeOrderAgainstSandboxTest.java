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
package io.github.cameliletimerkezi.e2e;

import java.util.ArrayList;
import java.util.List;

import io.github.cameliletimerkezi.IletiMerkeziConstants;
import io.github.cameliletimerkezi.client.IletiMerkeziException;
import io.github.cameliletimerkezi.model.IletiMerkeziResponse;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * splitLargeOrders against the sandbox, whose account has credit for exactly 50,000 messages: 50,001 recipients go as
 * two orders, the first is accepted and charged, the second is refused (402) and the send stops there, with the
 * accepted order's id in CamelIletiMerkeziOrderIds. A pace applies on the way.
 */
class LargeOrderAgainstSandboxTest extends SandboxTestSupport {

    @Override
    protected long smsCredits() {
        return 50_000;
    }

    @Test
    void aLaterChunkRefusedForCreditStopsTheSendAndKeepsTheFirstOrder() {
        List<String> recipients = new ArrayList<>(50_001);
        for (int i = 0; i < 50_001; i++) {
            recipients.add(String.format("530%07d", i));
        }

        Exchange exchange = template.send("iletimerkezi:send?splitLargeOrders=true&pace=1000000", e -> {
            e.getMessage().setBody("Kampanya");
            e.getMessage().setHeader(IletiMerkeziConstants.RECIPIENTS, recipients);
        });

        assertThat(exchange.getException()).isInstanceOf(IletiMerkeziException.class);
        assertThat(((IletiMerkeziException) exchange.getException()).getStatusCode()).isEqualTo(402);
        @SuppressWarnings("unchecked")
        List<String> orderIds = exchange.getMessage().getHeader(IletiMerkeziConstants.ORDER_IDS, List.class);
        assertThat(orderIds).hasSize(1);
        assertThat(sandbox.smsCredits()).isZero();
        IletiMerkeziResponse report = template.requestBody("iletimerkezi:report?rowCount=1", orderIds.get(0),
                IletiMerkeziResponse.class);
        assertThat(report.getReport().total()).isEqualTo(50_000);
    }
}
