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

import java.io.IOException;
import java.util.List;

import io.github.cameliletimerkezi.doctools.ComponentDescriptor.Option;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The tables show every option and header of the descriptor, grouped as it groups them. */
class MarkdownReferenceTest {

    private final ComponentDescriptor descriptor = ComponentDescriptor.fromClasspath();
    private final MarkdownReference reference = new MarkdownReference(descriptor);

    @Test
    void everyComponentOptionHasARowUnderItsGroup() {
        String table = reference.componentOptions();

        for (Option option : descriptor.componentOptions()) {
            assertThat(table).contains("| `" + option.name() + "` | ");
        }
        assertThat(table).contains("*common*\n\n| name | description | default | type |")
                .contains("*security*")
                .containsPattern("\\| `baseUrl` \\| The API root .* \\| `https://api.iletimerkezi.com/v1` \\| string \\|")
                .containsPattern("\\| `password` \\| The account's password.* Secret: masked in the component's logs and in"
                                 + " the URIs Camel shows \\(Camel core still logs URIs unmasked at TRACE\\). \\|")
                .containsPattern("\\| `apiHash` \\| .* not in the URIs Camel shows \\(Camel does not know the name\\): set"
                                 + " it on the component or through its environment variable. \\|")
                .containsPattern("\\| `webhookSecret` \\| .* Secret: masked in the component's logs and in the URIs Camel"
                                 + " shows ");
        // groups appear once each, in the descriptor's order
        assertThat(table.indexOf("*common*")).isLessThan(table.indexOf("*producer*"));
        assertThat(table.split("\\*producer\\*\n", -1)).hasSize(2);
    }

    @Test
    void endpointOptionsSplitPathAndQueryParameters() {
        String table = reference.endpointOptions();

        assertThat(table).startsWith("Syntax: `iletimerkezi:operation`")
                .contains("**Path parameters (1)**")
                .contains("| `operation` | ")
                .contains("**Query parameters (" + descriptor.queryParameters().size() + ")**")
                .contains("*scheduler*")
                .contains("| `iysList` |").contains("Values: `BIREYSEL`, `TACIR`.");
    }

    @Test
    void theReportConsumerTableHoldsTheConsumerAndSchedulerOptionsOnly() {
        String table = reference.consumerOptions();

        assertThat(table).contains("| `trackSentOrders` |").contains("| `idempotentRepository` |").contains("| `delay` |")
                .contains("| `stateRepository` |").doesNotContain("| `baseUrl` |").doesNotContain("| `sender` |").doesNotContain("| `lazyStartProducer` |");
    }

    @Test
    void everyHeaderHasItsConstantAndType() {
        String table = reference.headers();

        assertThat(descriptor.headers()).extracting(Option::name).contains("CamelIletiMerkeziOrderId", "CamelIletiMerkeziUpdateType");
        for (Option header : descriptor.headers()) {
            assertThat(table).contains("| `" + header.name() + "` | `" + header.constantField() + "` | " + header.group() + " | ");
        }
    }

    @Test
    void anOptionAddedToTheDescriptorAppearsWithoutTouchingTheGenerator() throws IOException {
        String json = GeneratedDocsTest.descriptorJson().replace("\"properties\": {",
                "\"properties\": { \"smsValidity\": { \"index\": 99, \"kind\": \"parameter\", \"displayName\": \"Sms Validity\","
                + " \"group\": \"producer\", \"label\": \"producer\", \"required\": false, \"type\": \"duration\","
                + " \"javaType\": \"long\", \"deprecated\": false, \"autowired\": false, \"secret\": false,"
                + " \"defaultValue\": \"2d\", \"description\": \"How long the operator keeps | trying.\" },");

        String table = new MarkdownReference(ComponentDescriptor.parse(json)).endpointOptions();

        assertThat(table).contains("| `smsValidity` | How long the operator keeps \\| trying. | `2d` | duration |");
    }

    @Test
    void cellsCannotBreakTheTable() {
        assertThat(MarkdownReference.cell("a | b\nc <T> & d")).isEqualTo("a \\| b c &lt;T&gt; &amp; d");
    }

    @Test
    void theDescriptorIsReadInItsOwnOrder() {
        List<Option> options = descriptor.queryParameters();
        for (int i = 1; i < options.size(); i++) {
            assertThat(options.get(i).index()).isGreaterThan(options.get(i - 1).index());
        }
    }
}
