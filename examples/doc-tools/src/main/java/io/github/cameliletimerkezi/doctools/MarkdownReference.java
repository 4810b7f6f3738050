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
import java.util.stream.Collectors;

import io.github.cameliletimerkezi.doctools.ComponentDescriptor.Option;
import org.apache.camel.util.URISupport;

/**
 * The reference tables of docs/component.md, as GitHub Markdown, written from the descriptor: component options,
 * endpoint options, the options of each consumer (report, inbox, webhook) and the message headers. Each is one generated section of the page.
 */
public final class MarkdownReference {

    public static final String COMPONENT_OPTIONS = "component-options";
    public static final String ENDPOINT_OPTIONS = "endpoint-options";
    public static final String CONSUMER_OPTIONS = "report-consumer-options";
    public static final String INBOX_CONSUMER_OPTIONS = "inbox-consumer-options";
    public static final String WEBHOOK_CONSUMER_OPTIONS = "webhook-consumer-options";
    public static final String HEADERS = "headers";

    private final ComponentDescriptor descriptor;

    public MarkdownReference(ComponentDescriptor descriptor) {
        this.descriptor = descriptor;
    }

    /** Every generated section of docs/component.md by its marker name. */
    public Map<String, String> sections() {
        Map<String, String> sections = new LinkedHashMap<>();
        sections.put(COMPONENT_OPTIONS, componentOptions());
        sections.put(ENDPOINT_OPTIONS, endpointOptions());
        sections.put(CONSUMER_OPTIONS, consumerOptions());
        sections.put(INBOX_CONSUMER_OPTIONS, consumerOptions("inbox"));
        sections.put(WEBHOOK_CONSUMER_OPTIONS, consumerOptions("webhook"));
        sections.put(HEADERS, headers());
        return sections;
    }

    String componentOptions() {
        List<Option> options = descriptor.componentOptions();
        return "The component supports " + options.size() + " options, set once for all its endpoints as `camel.component."
               + descriptor.scheme() + ".<name>` properties (or on the component bean).\n\n" + groupedTables(options);
    }

    String endpointOptions() {
        StringBuilder out = new StringBuilder();
        out.append("Syntax: `").append(descriptor.syntax()).append("`\n\n");
        List<Option> path = descriptor.pathParameters();
        out.append("**Path parameters (").append(path.size()).append(")**\n\n");
        out.append(table(path));
        List<Option> query = descriptor.queryParameters();
        out.append("\n**Query parameters (").append(query.size()).append(")**\n\n");
        out.append(groupedTables(query));
        return out.toString();
    }

    /** The report consumer's table. */
    String consumerOptions() {
        return consumerOptions("report");
    }

    /** The table of one consumer ({@link ComponentDescriptor#CONSUMERS}): the options it reads, and no other's. */
    String consumerOptions(String consumer) {
        List<Option> options = descriptor.consumerParameters(consumer);
        String besides = ComponentDescriptor.CONSUMERS.get(consumer)
                ? " besides the address, credential and connection options every endpoint has"
                : "; it calls nothing, so the address, credential and connection options do not apply to it";
        return "`from(\"" + descriptor.scheme() + ":" + consumer + "\")` takes these " + options.size() + " consumer options"
               + besides + ".\n\n" + groupedTables(options);
    }

    String headers() {
        List<Option> headers = descriptor.headers();
        StringBuilder out = new StringBuilder();
        out.append("The component uses ").append(headers.size())
                .append(" message headers (constants in `IletiMerkeziConstants`).\n\n");
        out.append("| header | constant | used by | type | description |\n|---|---|---|---|---|\n");
        for (Option header : headers) {
            out.append("| `").append(header.name()).append("` | `").append(header.constantField()).append("` | ")
                    .append(header.group()).append(" | ").append(cell(header.displayType())).append(" | ")
                    .append(describe(header)).append(" |\n");
        }
        return out.toString();
    }

    private static String groupedTables(List<Option> options) {
        Map<String, List<Option>> byGroup = options.stream()
                .collect(Collectors.groupingBy(Option::group, LinkedHashMap::new, Collectors.toList()));
        StringBuilder out = new StringBuilder();
        byGroup.forEach((group, members) -> {
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append("*").append(group).append("*\n\n").append(table(members));
        });
        return out.toString();
    }

    private static String table(List<Option> options) {
        StringBuilder out = new StringBuilder("| name | description | default | type |\n|---|---|---|---|\n");
        for (Option option : options) {
            out.append("| `").append(option.name()).append("` | ").append(describe(option)).append(" | ")
                    .append(option.defaultValue() == null || option.defaultValue().isEmpty()
                            ? "" : "`" + option.defaultValue() + "`")
                    .append(" | ").append(cell(option.displayType())).append(" |\n");
        }
        return out.toString();
    }

    private static String describe(Option option) {
        StringBuilder text = new StringBuilder();
        if (option.required()) {
            text.append("**Required.** ");
        }
        if (option.deprecated()) {
            text.append("**Deprecated.** ");
        }
        text.append(cell(option.description()));
        if (!option.enumValues().isEmpty()) {
            text.append(" Values: ").append(option.enumValues().stream().map(v -> "`" + v + "`").collect(Collectors.joining(", ")))
                    .append('.');
        }
        if (option.secret()) {
            text.append(maskedByCamel(option.name())
                    ? " Secret: masked in the component's logs and in the URIs Camel shows (Camel core still logs URIs"
                      + " unmasked at TRACE)."
                    : " Secret: masked in the component's logs, not in the URIs Camel shows (Camel does not know the name):"
                      + " set it on the component or through its environment variable.");
        }
        return text.toString();
    }

    /** Whether Camel's URI masking knows the option name (its list is fixed per JVM; nothing here adds to it). */
    static boolean maskedByCamel(String name) {
        return !URISupport.sanitizeUri("scheme:path?" + name + "=value").endsWith("=value");
    }

    /** Text made safe for one Markdown table cell: no line breaks, no column separators, no HTML. */
    static String cell(String text) {
        return text.replace("\r", "").replace("\n", " ").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("|", "\\|").strip();
    }
}
