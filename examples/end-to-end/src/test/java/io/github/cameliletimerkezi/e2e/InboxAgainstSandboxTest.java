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

import java.time.Duration;

import io.github.cameliletimerkezi.IletiMerkeziConstants;
import io.github.cameliletimerkezi.inbox.InboxMessage;
import io.github.cameliletimerkezi.inbox.InboxPage;
import io.github.cameliletimerkezi.model.IletiMerkeziResponse;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

/**
 * The inbox against the sandbox: what arrives is listed by the inbox operation, and the inbox consumer emits each
 * message once however many polls see it, walking the sandbox's pages.
 */
class InboxAgainstSandboxTest extends SandboxTestSupport {

    @Test
    void theOperationListsWhatArrived() {
        sandbox.receiveSms("0530 123 45 67", "7889", "ABC RET");
        sandbox.receiveSms("5301234568", "7889", "ABC ANKET B");

        IletiMerkeziResponse answer = template.requestBody("iletimerkezi:inbox", null, IletiMerkeziResponse.class);

        assertThat(answer.getCode()).isEqualTo(200);
        InboxPage page = answer.getPayload(InboxPage.class);
        assertThat(page.totalRows()).isEqualTo(2);
        assertThat(page.messages()).extracting(InboxMessage::sender, InboxMessage::receiver, InboxMessage::text)
                .containsExactly(tuple("+905301234567", "7889", "ABC RET"),
                        tuple("+905301234568", "7889", "ABC ANKET B"));
        assertThat(page.messages().get(0).receivedAt()).isNotNull();
    }

    @Test
    void theConsumerEmitsEachMessageOnceAcrossPollsAndPages() throws Exception {
        for (int i = 1; i <= 101; i++) {
            sandbox.receiveSms("5301234567", "7889", "yanıt " + i);
        }
        MockEndpoint mock = getMockEndpoint("mock:inbox");
        mock.expectedMessageCount(101);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("iletimerkezi:inbox?delay=50&initialDelay=0").routeId("inbox").to("mock:inbox");
            }
        });
        mock.assertIsSatisfied();
        assertThat(mock.getExchanges().get(100).getMessage().getBody(InboxMessage.class).text()).isEqualTo("yanıt 101");

        mock.reset();
        String id = sandbox.receiveSms("5301234599", "7889", "ABC RET");
        mock.expectedMessageCount(1);
        mock.expectedHeaderReceived(IletiMerkeziConstants.MESSAGE_ID, id);
        mock.expectedHeaderReceived(IletiMerkeziConstants.FROM, "+905301234599");
        mock.assertIsSatisfied();

        // several more polls (two requests each: the inbox holds more than a page) bring nothing again
        long requests = sandbox.requestCount();
        await().atMost(Duration.ofSeconds(10)).until(() -> sandbox.requestCount() >= requests + 6);
        assertThat(mock.getReceivedCounter()).isEqualTo(1);
    }
}
