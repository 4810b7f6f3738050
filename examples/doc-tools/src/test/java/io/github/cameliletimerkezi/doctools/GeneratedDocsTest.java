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
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.camel.util.json.JsonObject;
import org.apache.camel.util.json.Jsoner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The committed reference pages say what the component's descriptor says. Run with -Ddocs.regenerate to rewrite them
 * after an option, a header or its Javadoc changed (docs/build.md).
 */
class GeneratedDocsTest {

    static final Path ROOT = Path.of(System.getProperty("repo.root", "../..")).toAbsolutePath().normalize();

    @Test
    void committedPagesMatchTheDescriptor() throws IOException {
        GeneratedDocs docs = new GeneratedDocs(ROOT, ComponentDescriptor.fromClasspath());
        if (Boolean.parseBoolean(System.getProperty("docs.regenerate"))) {
            List<Path> written = docs.regenerate();
            System.out.println(written.isEmpty() ? "Generated docs are up to date" : "Regenerated " + written);
        }
        assertThat(docs.stale())
                .as("pages out of date with the component's descriptor; regenerate them with: "
                    + "mvn -B -ntp -pl examples/doc-tools -am verify -Ddocs.regenerate")
                .isEmpty();
    }

    @Test
    void aChangedOptionDescriptionMakesThePagesStale(@TempDir Path copy) throws Exception {
        Files.createDirectories(copy.resolve("docs"));
        Files.copy(ROOT.resolve(GeneratedDocs.MARKDOWN), copy.resolve(GeneratedDocs.MARKDOWN));
        Files.copy(ROOT.resolve(GeneratedDocs.METERS), copy.resolve(GeneratedDocs.METERS));
        new GeneratedDocs(copy, ComponentDescriptor.fromClasspath()).regenerate();
        JsonObject json = (JsonObject) Jsoner.deserialize(descriptorJson());
        for (String section : List.of("componentProperties", "properties")) {
            JsonObject password = (JsonObject) ((JsonObject) json.get(section)).get("password");
            password.put("description", password.getString("description") + " Rotate it yearly.");
        }

        GeneratedDocs docs = new GeneratedDocs(copy, ComponentDescriptor.parse(Jsoner.serialize(json)));

        assertThat(docs.stale()).containsExactlyInAnyOrder(Path.of(GeneratedDocs.MARKDOWN), Path.of(GeneratedDocs.ASCIIDOC));
        docs.regenerate();
        assertThat(docs.stale()).isEmpty();
        assertThat(Files.readString(copy.resolve(GeneratedDocs.MARKDOWN))).contains("environment variable. Rotate it yearly.");
        assertThat(Files.readString(copy.resolve(GeneratedDocs.ASCIIDOC))).contains("environment variable. Rotate it yearly.");
    }

    @Test
    void aNewMeterMakesTheMetersPageStale(@TempDir Path copy) throws Exception {
        Files.createDirectories(copy.resolve("docs"));
        Files.copy(ROOT.resolve(GeneratedDocs.MARKDOWN), copy.resolve(GeneratedDocs.MARKDOWN));
        Files.copy(ROOT.resolve(GeneratedDocs.METERS), copy.resolve(GeneratedDocs.METERS));
        new GeneratedDocs(copy, ComponentDescriptor.fromClasspath()).regenerate();
        List<MetersReference.Row> rows = new java.util.ArrayList<>(java.util.Arrays
                .stream(io.github.cameliletimerkezi.metrics.IletiMerkeziMeter.values()).map(MetersReference.Row::of).toList());
        rows.add(new MetersReference.Row("iletimerkezi.sms.cancelled", "counter", "iletimerkezi_sms_cancelled_total",
                List.of("outcome"), "Scheduled orders cancelled"));

        GeneratedDocs docs = new GeneratedDocs(copy, ComponentDescriptor.fromClasspath(), new MetersReference(rows));

        assertThat(docs.stale()).containsExactly(Path.of(GeneratedDocs.METERS));
        docs.regenerate();
        assertThat(docs.stale()).isEmpty();
        assertThat(Files.readString(copy.resolve(GeneratedDocs.METERS)))
                .contains("| `iletimerkezi.sms.cancelled` | counter | `iletimerkezi_sms_cancelled_total` | `outcome` |"
                          + " Scheduled orders cancelled |")
                .contains("## Alert rules");
    }

    @Test
    void proseOutsideTheMarkersIsKept() {
        String page = "# Title\n\nHand-written.\n\n<!-- BEGIN GENERATED headers: old -->\nold table\n<!-- END GENERATED headers -->\n\nMore prose.\n";

        String filled = GeneratedDocs.fillSections(page, java.util.Map.of("headers", "new table\n"));

        assertThat(filled).startsWith("# Title\n\nHand-written.\n\n<!-- BEGIN GENERATED headers:")
                .contains("-->\nnew table\n<!-- END GENERATED headers -->\n\nMore prose.\n")
                .doesNotContain("old table");
    }

    @Test
    void aPageWithoutTheMarkersIsAnErrorNamingTheSection() {
        assertThatThrownBy(() -> GeneratedDocs.fillSections("# Title\n", java.util.Map.of("headers", "table\n")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("'headers'");
    }

    static String descriptorJson() throws IOException {
        try (InputStream in = GeneratedDocsTest.class.getClassLoader().getResourceAsStream(ComponentDescriptor.RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
