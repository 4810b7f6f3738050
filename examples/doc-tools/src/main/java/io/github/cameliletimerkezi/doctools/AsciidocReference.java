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

import java.util.List;

import io.github.cameliletimerkezi.doctools.ComponentDescriptor.Option;

/**
 * The component's page in the form Camel's own components have ({@code src/main/docs/<scheme>-component.adoc}): the
 * header attributes Camel's tooling reads, the dependency, the URI format and the option and header tables, written
 * whole from the descriptor. The prose lives in docs/component.md, which the page links to.
 */
public final class AsciidocReference {

    private final ComponentDescriptor descriptor;
    private final String proseLink;

    /**
     * @param proseLink relative link from the page to the Markdown reference
     */
    public AsciidocReference(ComponentDescriptor descriptor, String proseLink) {
        this.descriptor = descriptor;
        this.proseLink = proseLink;
    }

    public String page() {
        ComponentDescriptor d = descriptor;
        String header = d.producerOnly() ? "Only producer is supported"
                : d.consumerOnly() ? "Only consumer is supported" : "Both producer and consumer are supported";
        StringBuilder out = new StringBuilder();
        out.append("= ").append(d.title()).append(" Component\n");
        out.append("// Generated from the component's JSON descriptor by examples/doc-tools: do not edit by hand.\n");
        out.append("// Change the Javadoc of the option or header, then regenerate (docs/build.md).\n");
        out.append(":doctitle: ").append(d.title()).append('\n');
        out.append(":shortname: ").append(d.scheme()).append('\n');
        out.append(":artifactid: ").append(d.artifactId()).append('\n');
        out.append(":description: ").append(d.description()).append('\n');
        out.append(":since: ").append(d.firstVersion()).append('\n');
        out.append(":supportlevel: ").append(d.supportLevel()).append('\n');
        out.append(":component-header: ").append(header).append('\n');
        out.append('\n');
        out.append("*Since ").append(d.firstVersion()).append("*\n\n");
        out.append("*{component-header}*\n\n");
        out.append(text(d.description())).append("\n\n");
        out.append("Operations, message bodies, responses, errors, security and the report consumer are described in\n")
                .append("link:").append(proseLink).append("[the component reference].\n\n");
        out.append("Maven users add this dependency to their `pom.xml`:\n\n");
        out.append("[source,xml]\n----\n<dependency>\n    <groupId>").append(d.groupId()).append("</groupId>\n")
                .append("    <artifactId>").append(d.artifactId()).append("</artifactId>\n")
                .append("    <version>").append(d.version()).append("</version>\n</dependency>\n----\n\n");
        out.append("== URI format\n\n----\n").append(d.syntax()).append("[?options]\n----\n\n");
        out.append("== Configuring Options\n\n");
        out.append("=== Component Options\n\n");
        out.append("The ").append(d.title()).append(" component supports ").append(d.componentOptions().size())
                .append(" options, which are listed below.\n\n");
        out.append(optionTable(d.componentOptions()));
        out.append("\n=== Endpoint Options\n\n");
        out.append("The ").append(d.title()).append(" endpoint is configured using URI syntax:\n\n----\n")
                .append(d.syntax()).append("\n----\n\n");
        out.append("With the following path and query parameters:\n\n");
        out.append("==== Path Parameters (").append(d.pathParameters().size()).append(" parameters)\n\n");
        out.append(optionTable(d.pathParameters()));
        out.append("\n==== Query Parameters (").append(d.queryParameters().size()).append(" parameters)\n\n");
        out.append(optionTable(d.queryParameters()));
        out.append("\n== Message Headers\n\n");
        out.append("The ").append(d.title()).append(" component supports ").append(d.headers().size())
                .append(" message headers, which are listed below:\n\n");
        out.append("[width=\"100%\",cols=\"2,5,^1,2\",options=\"header\"]\n|===\n| Name | Description | Default | Type\n");
        for (Option h : d.headers()) {
            out.append("| ").append(h.name()).append(" (").append(h.group()).append(")\n\nConstant: `")
                    .append(h.constantField()).append("`\n| ").append(describe(h)).append(" | ")
                    .append(h.defaultValue() == null ? "" : text(h.defaultValue())).append(" | ")
                    .append(text(h.displayType())).append('\n');
        }
        out.append("|===\n");
        return out.toString();
    }

    private static String optionTable(List<Option> options) {
        StringBuilder out = new StringBuilder();
        out.append("[width=\"100%\",cols=\"2,5,^1,2\",options=\"header\"]\n|===\n| Name | Description | Default | Type\n");
        for (Option o : options) {
            out.append("| *").append(o.name()).append("* (").append(o.group()).append(") | ").append(describe(o))
                    .append(" | ").append(o.defaultValue() == null ? "" : text(o.defaultValue())).append(" | ")
                    .append(text(o.displayType())).append('\n');
        }
        out.append("|===\n");
        return out.toString();
    }

    private static String describe(Option o) {
        StringBuilder text = new StringBuilder();
        if (o.required()) {
            text.append("*Required* ");
        }
        if (o.deprecated()) {
            text.append("*Deprecated* ");
        }
        text.append(text(o.description()));
        if (!o.enumValues().isEmpty()) {
            text.append(" Enum values: ").append(String.join(", ", o.enumValues())).append('.');
        }
        return text.toString();
    }

    /** Text safe inside an Asciidoc table cell: no column separators and no attribute references. */
    static String text(String s) {
        return s.replace("\r", "").replace("\n", " ").replace("|", "\\|").replaceAll("\\{(\\w[\\w-]*)}", "\\\\{$1}").strip();
    }
}
