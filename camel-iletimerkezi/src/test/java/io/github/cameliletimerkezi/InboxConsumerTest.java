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

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import io.github.cameliletimerkezi.inbox.InboxMessage;
import io.github.cameliletimerkezi.inbox.InboxOperationTest;
import io.github.cameliletimerkezi.model.SendTimeFormat;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.support.processor.idempotent.FileIdempotentRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code from("iletimerkezi:inbox")}: each received SMS once across polls, a message whose exchange failed again on the
 * next poll, the lookback window, pages walked, and a restart with a persistent repository that repeats nothing. Polls
 * are run one at a time ({@code startScheduler=false}).
 */
class InboxConsumerTest extends IletiMerkeziTestSupport {

    private static final String PATH = "/get-inbox/json";
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @TempDir
    Path directory;

    private final List<String> received = Collections.synchronizedList(new ArrayList<>());

    @Test
    void eachMessageIsEmittedOnceAcrossPolls() throws Exception {
        inboxHolds(row("a", 5, "ABC RET"), row("b", 3, "ABC ANKET A"));
        IletiMerkeziInboxConsumer consumer = route("iletimerkezi:inbox?startScheduler=false");
        MockEndpoint mock = getMockEndpoint("mock:inbox");

        consumer.run();
        consumer.run();
        assertThat(received).containsExactly("a", "b");
        mock.expectedMessageCount(2);
        mock.assertIsSatisfied();
        assertThat(mock.getExchanges().get(0).getMessage().getBody(InboxMessage.class).text()).isEqualTo("ABC RET");
        assertThat(mock.getExchanges().get(0).getMessage().getHeaders()).containsEntry(IletiMerkeziConstants.MESSAGE_ID, "a")
                .containsEntry(IletiMerkeziConstants.FROM, "+905301234567").containsEntry(IletiMerkeziConstants.TO, "7889")
                .containsKey(IletiMerkeziConstants.RECEIVED_AT);

        // a new message arrives: only it is emitted
        inboxHolds(row("a", 5, "ABC RET"), row("b", 3, "ABC ANKET A"), row("c", 1, "Bilgi"));
        consumer.run();
        consumer.run();

        assertThat(received).containsExactly("a", "b", "c");
        // the journal was cleared with the new answer: two polls since
        wireMock.verify(2, postRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void aMessageWhoseExchangeFailedComesAgainOnTheNextPoll() throws Exception {
        inboxHolds(row("a", 5, "ABC RET"), row("b", 3, "ABC ANKET A"));
        AtomicInteger attemptsOfB = new AtomicInteger();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("iletimerkezi:inbox?startScheduler=false").routeId("inbox")
                        .process(exchange -> {
                            InboxMessage message = exchange.getMessage().getBody(InboxMessage.class);
                            if (message.id().equals("b") && attemptsOfB.incrementAndGet() == 1) {
                                throw new IllegalStateException("the sink is down");
                            }
                            received.add(message.id());
                        });
            }
        });
        IletiMerkeziInboxConsumer consumer = inboxConsumer();

        consumer.run();
        assertThat(received).containsExactly("a");

        consumer.run();
        consumer.run();
        assertThat(received).containsExactly("a", "b");
        assertThat(attemptsOfB).hasValue(2);
    }

    @Test
    void onlyMessagesWithinTheLookbackAreEmittedAndTheWindowMovesForward() throws Exception {
        inboxHolds(row("old", 3 * 60, "RET"), row("recent", 30, "RET"), row("new", 1, "RET"));
        IletiMerkeziInboxConsumer consumer = route("iletimerkezi:inbox?startScheduler=false&inboxLookback=2h");
        LocalDateTime started = consumer.getSince();

        consumer.run();

        assertThat(received).containsExactly("recent", "new");
        assertThat(consumer.getSince()).isAfterOrEqualTo(started);
        assertThat(Duration.between(consumer.getSince(), LocalDateTime.now(SendTimeFormat.ISTANBUL)))
                .isGreaterThanOrEqualTo(Duration.ofHours(2)).isLessThan(Duration.ofHours(2).plusMinutes(5));
    }

    @Test
    void everyPageIsWalkedUntilTotalRowsIsRead() throws Exception {
        wireMock.stubFor(post(PATH).atPriority(5).willReturn(InboxOperationTest.json(200, answer(3, row("a", 5, "1"), row("b", 4, "2")))));
        wireMock.stubFor(post(PATH).atPriority(1).withRequestBody(matchingJsonPath("$.request.inbox.page", equalTo("2")))
                .willReturn(InboxOperationTest.json(200, answer(3, row("c", 3, "3")))));
        IletiMerkeziInboxConsumer consumer = route("iletimerkezi:inbox?startScheduler=false");

        consumer.run();

        assertThat(received).containsExactly("a", "b", "c");
        wireMock.verify(2, postRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void aPageThatRepeatsTheFirstEndsTheWalk() throws Exception {
        // totalRows says more than the answer lists, and the provider ignores the page: page 2 brings nothing new
        inboxAnswers(answer(5, row("a", 5, "1"), row("b", 4, "2")));
        IletiMerkeziInboxConsumer consumer = route("iletimerkezi:inbox?startScheduler=false");

        consumer.run();

        assertThat(received).containsExactly("a", "b");
        wireMock.verify(2, postRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void aRestartWithAPersistentRepositoryRepeatsNothing() throws Exception {
        File file = directory.resolve("inbox.dat").toFile();
        inboxHolds(row("a", 5, "ABC RET"), row("b", 3, "ABC ANKET A"));

        CamelContext first = startContext(file);
        inboxConsumer(first).run();
        first.stop();
        assertThat(received).containsExactly("a", "b");
        assertThat(Files.readAllLines(file.toPath())).containsExactlyInAnyOrder("inbox/inbox/a", "inbox/inbox/b");

        inboxHolds(row("a", 5, "ABC RET"), row("b", 3, "ABC ANKET A"), row("c", 1, "Bilgi"));
        CamelContext second = startContext(file);
        inboxConsumer(second).run();
        inboxConsumer(second).run();
        second.stop();

        assertThat(received).containsExactly("a", "b", "c");
    }

    private CamelContext startContext(File file) throws Exception {
        CamelContext other = createCamelContext();
        other.getRegistry().bind("received", FileIdempotentRepository.fileIdempotentRepository(file));
        other.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("iletimerkezi:inbox?startScheduler=false&idempotentRepository=#received").routeId("inbox")
                        .process(exchange -> received.add(exchange.getMessage().getHeader(IletiMerkeziConstants.MESSAGE_ID, String.class)));
            }
        });
        other.start();
        return other;
    }

    private IletiMerkeziInboxConsumer route(String uri) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).routeId("inbox")
                        .process(exchange -> received.add(exchange.getMessage().getBody(InboxMessage.class).id()))
                        .to("mock:inbox");
            }
        });
        return inboxConsumer();
    }

    private IletiMerkeziInboxConsumer inboxConsumer() {
        return inboxConsumer(context);
    }

    private static IletiMerkeziInboxConsumer inboxConsumer(CamelContext context) {
        return (IletiMerkeziInboxConsumer) context.getRoute("inbox").getConsumer();
    }

    private static void inboxHolds(String... rows) {
        inboxAnswers(answer(rows.length, rows));
    }

    private static void inboxAnswers(String body) {
        wireMock.resetAll();
        wireMock.stubFor(post(PATH).willReturn(InboxOperationTest.json(200, body)));
    }

    static String answer(int totalRows, String... rows) {
        return "{\"response\":{\"status\":{\"code\":\"200\",\"message\":\"İşlem başarılı\"},\"inbox\":{\"totalRows\":\""
               + totalRows + "\",\"message\":[" + String.join(",", rows) + "]}}}";
    }

    /** A received message, {@code minutesAgo} before now in Turkish time. */
    static String row(String id, int minutesAgo, String text) {
        String date = DATE_TIME.format(LocalDateTime.now(SendTimeFormat.ISTANBUL).minusMinutes(minutesAgo));
        return Map.of("id", id, "date", date, "sender", "+905301234567", "receiver", "7889", "text", text).entrySet().stream()
                .map(e -> "\"" + e.getKey() + "\":\"" + e.getValue() + "\"").collect(Collectors.joining(",", "{", "}"));
    }
}
