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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The documentation files written from the component, and what each should contain: the generated sections of
 * docs/component.md (between BEGIN/END GENERATED markers, the prose around them kept) and the whole .adoc page, from
 * the descriptor; the meters table of docs/metrics.md, from the component's list of meters.
 */
public final class GeneratedDocs {

    /** The Markdown reference, relative to the repository root. */
    public static final String MARKDOWN = "docs/component.md";
    /** The meters page, relative to the repository root. */
    public static final String METERS = "docs/metrics.md";
    /** The Camel-style page, relative to the repository root. */
    public static final String ASCIIDOC = "camel-iletimerkezi/src/main/docs/iletimerkezi-component.adoc";

    private static final String BEGIN = "<!-- BEGIN GENERATED %s: written from the component's JSON descriptor, do not edit;"
                                        + " regenerate as docs/build.md says -->";
    private static final String END = "<!-- END GENERATED %s -->";

    private final Path root;
    private final ComponentDescriptor descriptor;
    private final MetersReference meters;

    public GeneratedDocs(Path root, ComponentDescriptor descriptor) {
        this(root, descriptor, MetersReference.ofComponent());
    }

    public GeneratedDocs(Path root, ComponentDescriptor descriptor, MetersReference meters) {
        this.root = root;
        this.descriptor = descriptor;
        this.meters = meters;
    }

    /** What each generated file should contain, given what is committed now. */
    public Map<Path, String> expected() throws IOException {
        Map<Path, String> files = new LinkedHashMap<>();
        Path markdown = root.resolve(MARKDOWN);
        files.put(markdown, fillSections(Files.readString(markdown, StandardCharsets.UTF_8),
                new MarkdownReference(descriptor).sections()));
        files.put(root.resolve(ASCIIDOC),
                new AsciidocReference(descriptor, "../../../../docs/component.md").page());
        Path metrics = root.resolve(METERS);
        files.put(metrics, fillSections(Files.readString(metrics, StandardCharsets.UTF_8), meters.sections()));
        return files;
    }

    /** The generated files whose committed content differs from what the descriptor gives. */
    public List<Path> stale() throws IOException {
        List<Path> stale = new ArrayList<>();
        for (Map.Entry<Path, String> file : expected().entrySet()) {
            if (!Files.exists(file.getKey()) || !Files.readString(file.getKey(), StandardCharsets.UTF_8).equals(file.getValue())) {
                stale.add(root.relativize(file.getKey()));
            }
        }
        return stale;
    }

    /** Writes every stale file; returns the ones written. */
    public List<Path> regenerate() throws IOException {
        List<Path> written = stale();
        for (Map.Entry<Path, String> file : expected().entrySet()) {
            if (written.contains(root.relativize(file.getKey()))) {
                Files.createDirectories(file.getKey().getParent());
                Files.writeString(file.getKey(), file.getValue(), StandardCharsets.UTF_8);
            }
        }
        return written;
    }

    /** Replaces the body of every named section; a section without its markers is an error naming it. */
    static String fillSections(String page, Map<String, String> sections) {
        String result = page;
        for (Map.Entry<String, String> section : sections.entrySet()) {
            Pattern markers = Pattern.compile("(<!-- BEGIN GENERATED " + Pattern.quote(section.getKey()) + "[ :][^\\n]*-->\\n)"
                                              + "(.*?)(<!-- END GENERATED " + Pattern.quote(section.getKey()) + " -->)",
                    Pattern.DOTALL);
            Matcher matcher = markers.matcher(result);
            if (!matcher.find()) {
                throw new IllegalStateException("the page has no generated section '" + section.getKey() + "': add the lines\n"
                                                + BEGIN.formatted(section.getKey()) + "\n" + END.formatted(section.getKey()));
            }
            String filled = BEGIN.formatted(section.getKey()) + "\n" + section.getValue() + END.formatted(section.getKey());
            result = result.substring(0, matcher.start()) + filled + result.substring(matcher.end());
        }
        return result;
    }

    /** Regenerates the docs of the repository whose root is the first argument (default: the working directory). */
    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        List<Path> written = new GeneratedDocs(root, ComponentDescriptor.fromClasspath()).regenerate();
        System.out.println(written.isEmpty() ? "Generated docs are up to date" : "Regenerated " + written);
    }
}
