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

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import io.github.cameliletimerkezi.inbox.InboxMessage;
import io.github.cameliletimerkezi.inbox.InboxOperationTest;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.github.cameliletimerkezi.InboxConsumerTest.answer;
import static io.github.cameliletimerkezi.InboxConsumerTest.row;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 19 point 8: before the change the inbox walk ended silently when the provider ignored the page number (page 2
 * repeating page 1, totalRows larger than what was read), and walked every page of the inbox's history at every poll.
 * Now both are a WARN (once), and a poll stops at the first page that ends before the window when the provider lists
 * newest first.
 */
class InboxPagingTest extends IletiMerkeziTestSupport {

    private static final String PATH = "/get-inbox/json";

    private final List<String> received = Collections.synchronizedList(new ArrayList<>());
    private final LogCapture log = new LogCapture(IletiMerkeziInboxConsumer.class.getName());

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("iletimerkezi:inbox?startScheduler=false&inboxLookback=2h").routeId("inbox")
                        .process(exchange -> received.add(exchange.getMessage().getBody(InboxMessage.class).id()));
            }
        };
    }

    @BeforeEach
    void captureWarnings() {
        log.start();
    }

    @AfterEach
    void stopCapturing() {
        log.stop();
    }

    private IletiMerkeziInboxConsumer inbox() {
        return (IletiMerkeziInboxConsumer) context.getRoute("inbox").getConsumer();
    }

    /** Page 1 is the documented request (no page field); later pages name theirs. */
    private static void page(int page, String body) {
        if (page == 1) {
            wireMock.stubFor(post(PATH).atPriority(9).willReturn(InboxOperationTest.json(200, body)));
        } else {
            wireMock.stubFor(post(PATH).atPriority(1)
                    .withRequestBody(matchingJsonPath("$.request.inbox.page", equalTo(String.valueOf(page))))
                    .willReturn(InboxOperationTest.json(200, body)));
        }
    }

    @Test
    void aPageThatRepeatsAnEarlierOneIsAWarningOnce() {
        // the provider ignores the page: every page is page 1, and totalRows says 4
        wireMock.stubFor(post(PATH).willReturn(InboxOperationTest.json(200, answer(4, row("a", 5, "1"), row("b", 4, "2")))));

        inbox().run();
        inbox().run();

        assertThat(received).containsExactly("a", "b");
        assertThat(log.warnings()).singleElement().satisfies(line -> assertThat(line)
                .contains("page 2 repeats messages of the earlier pages", "could not be read"));
    }

    @Test
    void totalRowsLargerThanWhatWasReadIsAWarning() {
        page(1, answer(5, row("a", 5, "1"), row("b", 4, "2")));
        page(2, "{\"response\":{\"status\":{\"code\":\"200\",\"message\":\"İşlem başarılı\"},\"inbox\":{\"totalRows\":\"5\","
                + "\"message\":[]}}}");

        inbox().run();

        assertThat(received).containsExactly("a", "b");
        assertThat(log.warnings()).singleElement().satisfies(line -> assertThat(line)
                .contains("totalRows is 5 but the pages listed 2 messages"));
    }

    @Test
    void aPollStopsAtThePageThatEndsBeforeTheWindow() {
        // newest first, three pages of two; page 2 ends 3 hours ago, before the 2-hour window
        page(1, answer(6, row("f", 1, "6"), row("e", 2, "5")));
        page(2, answer(6, row("d", 60, "4"), row("c", 180, "3")));
        page(3, answer(6, row("b", 300, "2"), row("a", 400, "1")));

        inbox().run();

        assertThat(received).containsExactly("d", "e", "f");
        wireMock.verify(2, postRequestedFor(urlEqualTo(PATH)));
        assertThat(log.warnings()).isEmpty();
    }
}
