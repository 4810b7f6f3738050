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
package io.github.cameliletimerkezi.largeorders;

import java.util.List;

import io.github.cameliletimerkezi.model.IysList;
import io.github.cameliletimerkezi.model.SendRequest;
import io.github.cameliletimerkezi.model.SmsMessage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OrderSplitterTest {

    @Test
    void chunksFollowTheRecipientsInOrderAndKeepTheOrdersSettings() {
        SendRequest order = new SendRequest().sender("ACME").sendDateTime("20/01/2027 13:45").iys(true)
                .iysList(IysList.TACIR)
                .addMessage("A", List.of("1", "2", "3"))
                .addMessage("B", List.of("4", "5", "6", "7"));

        List<SendRequest> chunks = OrderSplitter.split(order, 3);

        assertThat(chunks).extracting(SendRequest::getMessages).containsExactly(
                List.of(new SmsMessage("A", List.of("1", "2", "3"))),
                List.of(new SmsMessage("B", List.of("4", "5", "6"))),
                List.of(new SmsMessage("B", List.of("7"))));
        assertThat(chunks).allSatisfy(chunk -> {
            assertThat(chunk.getSender()).isEqualTo("ACME");
            assertThat(chunk.getSendDateTime()).isEqualTo("20/01/2027 13:45");
            assertThat(chunk.getIysList()).isEqualTo(IysList.TACIR);
        });
    }

    @Test
    void aTextSpanningTwoChunksIsInBoth() {
        SendRequest order = new SendRequest().addMessage("A", List.of("1", "2")).addMessage("B", List.of("3", "4", "5"));

        assertThat(OrderSplitter.split(order, 3)).extracting(SendRequest::getMessages).containsExactly(
                List.of(new SmsMessage("A", List.of("1", "2")), new SmsMessage("B", List.of("3"))),
                List.of(new SmsMessage("B", List.of("4", "5"))));
    }

    @Test
    void anOrderWithinTheLimitStaysWhole() {
        SendRequest order = SendRequest.of("A", List.of("1", "2"));

        assertThat(OrderSplitter.split(order, 2)).containsExactly(order);
    }
}
