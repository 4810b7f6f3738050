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
package io.github.cameliletimerkezi.doctools;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.cameliletimerkezi.doctools.ComponentDescriptor.Option;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each consumer's option table lists exactly the options that consumer reads. Which consumer reads which option is
 * declared here, from the consumers' code, not taken from the labels the tables are written from: a wrong label fails
 * here, and so does a consumer option added without saying who reads it.
 */
class ConsumerOptionTablesTest {

    private static final Set<String> ALL = Set.of("report", "inbox", "webhook");
    private static final Set<String> POLLING = Set.of("report", "inbox");

    /** Every consumer option and the consumers that read it. */
    private static final Map<String, Set<String>> READERS = readers();

    private final ComponentDescriptor descriptor = ComponentDescriptor.fromClasspath();
    private final MarkdownReference reference = new MarkdownReference(descriptor);

    private static Map<String, Set<String>> readers() {
        Map<String, Set<String>> readers = new LinkedHashMap<>();
        // IletiMerkeziReportConsumer and its StreamStorage
        for (String option : List.of("orderId", "rowCount", "trackSentOrders", "useOrderList", "reportConcurrency",
                "maxOrderAge", "stateRepository", "orderStore")) {
            readers.put(option, Set.of("report"));
        }
        // IletiMerkeziInboxConsumer
        readers.put("inboxLookback", Set.of("inbox"));
        // IletiMerkeziWebhookConsumer
        readers.put("path", Set.of("webhook"));
        readers.put("webhookSecret", Set.of("webhook"));
        // every consumer: the stream they share, and what Camel's DefaultConsumer reads
        for (String option : List.of("streamName", "idempotentRepository", "bridgeErrorHandler", "exceptionHandler",
                "exchangePattern")) {
            readers.put(option, ALL);
        }
        // Camel's ScheduledPollConsumer: the report and inbox polls, not the webhook
        for (String option : List.of("sendEmptyMessageWhenIdle", "pollStrategy", "backoffErrorThreshold",
                "backoffIdleThreshold", "backoffMultiplier", "delay", "greedy", "initialDelay", "repeatCount",
                "runLoggingLevel", "scheduledExecutorService", "scheduler", "schedulerProperties", "startScheduler",
                "timeUnit", "useFixedDelay")) {
            readers.put(option, POLLING);
        }
        return readers;
    }

    @Test
    void everyConsumerOptionSaysWhoReadsIt() {
        assertThat(descriptor.consumerParameters()).extracting(Option::name)
                .as("consumer options of the descriptor; declare who reads a new one in READERS")
                .containsExactlyInAnyOrderElementsOf(READERS.keySet());
        assertThat(ComponentDescriptor.CONSUMERS.keySet()).containsExactlyInAnyOrderElementsOf(ALL);
    }

    @Test
    void eachTableListsTheOptionsItsConsumerReadsAndNoOther() {
        for (String consumer : ComponentDescriptor.CONSUMERS.keySet()) {
            String table = reference.consumerOptions(consumer);
            for (Option option : descriptor.queryParameters()) {
                boolean reads = READERS.getOrDefault(option.name(), Set.of()).contains(consumer);
                if (reads) {
                    assertThat(table).as("%s table", consumer).contains(row(option.name()));
                } else {
                    assertThat(table).as("%s table", consumer).doesNotContain(row(option.name()));
                }
            }
            long count = READERS.values().stream().filter(kinds -> kinds.contains(consumer)).count();
            assertThat(table).as("%s table", consumer)
                    .startsWith("`from(\"iletimerkezi:" + consumer + "\")` takes these " + count + " consumer options");
        }
    }

    @Test
    void noConsumerShowsAnotherConsumersOptions() {
        assertThat(reference.consumerOptions("report")).doesNotContain(row("path")).doesNotContain(row("inboxLookback"))
                .doesNotContain(row("webhookSecret")).contains(row("orderId")).contains(row("rowCount"));
        assertThat(reference.consumerOptions("inbox")).doesNotContain(row("trackSentOrders")).doesNotContain(row("path"))
                .doesNotContain(row("orderId")).contains(row("inboxLookback")).contains(row("delay"));
        assertThat(reference.consumerOptions("webhook")).doesNotContain(row("delay")).doesNotContain(row("pollStrategy"))
                .doesNotContain(row("sendEmptyMessageWhenIdle")).doesNotContain(row("maxOrderAge"))
                .contains(row("path")).contains(row("webhookSecret")).contains(row("streamName"));
    }

    @Test
    void theReportTableIsTheOneTheReferenceAlwaysHad() {
        assertThat(reference.consumerOptions()).isEqualTo(reference.consumerOptions("report"));
        assertThat(reference.sections()).containsKeys(MarkdownReference.CONSUMER_OPTIONS,
                MarkdownReference.INBOX_CONSUMER_OPTIONS, MarkdownReference.WEBHOOK_CONSUMER_OPTIONS);
    }

    @Test
    void optionsOfTheProducerAndTheReportConsumerCarryBothLabels() {
        for (String name : List.of("orderId", "rowCount")) {
            Option option = descriptor.queryParameters().stream().filter(o -> o.name().equals(name)).findFirst().orElseThrow();
            assertThat(option.labels()).as(name).contains("producer", "consumer", "report");
        }
    }

    private static String row(String name) {
        return "| `" + name + "` | ";
    }
}
