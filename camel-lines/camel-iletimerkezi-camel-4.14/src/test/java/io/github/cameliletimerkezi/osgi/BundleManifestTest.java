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
package io.github.cameliletimerkezi.osgi;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import aQute.bnd.header.Attrs;
import aQute.bnd.header.Parameters;
import io.github.cameliletimerkezi.IletiMerkeziComponent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OSGi manifest of the Camel 4.14 artifact, the bundle the Karaf feature installs: what it exports, what it keeps
 * private, and that every package it imports carries a range Camel 4.14 and the feature's libraries satisfy.
 */
class BundleManifestTest {

    private static final String ROOT = "io.github.cameliletimerkezi";
    private static Path bundle;
    private static Attributes headers;

    @BeforeAll
    static void readManifest() throws Exception {
        bundle = Path.of(IletiMerkeziComponent.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (InputStream in = Files.newInputStream(bundle.resolve("META-INF/MANIFEST.MF"))) {
            headers = new Manifest(in).getMainAttributes();
        }
    }

    @Test
    void isABundleNamedAfterTheComponent() {
        assertThat(headers.getValue("Bundle-ManifestVersion")).isEqualTo("2");
        assertThat(headers.getValue("Bundle-SymbolicName")).isEqualTo(ROOT + ".camel-iletimerkezi");
        assertThat(headers.getValue("Bundle-Version")).isEqualTo("1.0.0.SNAPSHOT");
    }

    @Test
    void exportsEveryPackageButTheXmlBindingAndInternals() throws IOException {
        Set<String> packages = packagesInBundle();
        assertThat(packages).contains(ROOT, ROOT + ".client", ROOT + ".client.xml", ROOT + ".model");
        Set<String> expected = packages.stream()
                .filter(p -> !p.equals(ROOT + ".client.xml") && !p.contains("internal"))
                .collect(Collectors.toCollection(TreeSet::new));

        Parameters exports = new Parameters(headers.getValue("Export-Package"));
        assertThat(new TreeSet<>(exports.keySet())).isEqualTo(expected);
        exports.values().forEach(attrs -> assertThat(attrs.getVersion()).isEqualTo("1.0.0"));
        assertThat(new Parameters(headers.getValue("Private-Package")).keySet()).contains(ROOT + ".client.xml");
    }

    @Test
    void importsCamelAtTheMinorLineItIsBuiltFor() {
        String camel = System.getProperty("camel.line.version");
        String[] parts = camel.split("\\.");
        String line = "[" + parts[0] + "." + parts[1] + "," + parts[0] + "." + (Integer.parseInt(parts[1]) + 1) + ")";
        assertThat(line).isEqualTo("[4.14,4.15)");

        Map<String, Attrs> camelImports = imports("org.apache.camel");
        assertThat(camelImports).containsKeys("org.apache.camel", "org.apache.camel.spi", "org.apache.camel.support");
        camelImports.forEach((pkg, attrs) -> assertThat(attrs.getVersion()).as(pkg).isEqualTo(line));
    }

    @Test
    void importsHttpClientJaxbAndLoggingWithRanges() {
        imports("org.apache.hc.client5").forEach((pkg, attrs) -> assertThat(attrs.getVersion()).as(pkg).isEqualTo("[5.6,6)"));
        imports("org.apache.hc.core5").forEach((pkg, attrs) -> assertThat(attrs.getVersion()).as(pkg).isEqualTo("[5.4,6)"));
        assertThat(imports("org.apache.hc")).isNotEmpty();
        assertThat(imports("jakarta.xml.bind")).containsKeys("jakarta.xml.bind", "jakarta.xml.bind.annotation")
                .allSatisfy((pkg, attrs) -> assertThat(attrs.getVersion()).as(pkg).isEqualTo("[4.0,5)"));
        assertThat(imports("org.slf4j")).allSatisfy((pkg, attrs) -> assertThat(attrs.getVersion()).isEqualTo("[1.7,3)"));
    }

    @Test
    void importsNothingUnversionedBeyondTheJdkAndNothingOfItsOwn() {
        Parameters imports = new Parameters(headers.getValue("Import-Package"));
        imports.forEach((pkg, attrs) -> {
            assertThat(pkg).as("a package of the bundle itself").doesNotStartWith(ROOT);
            if (pkg.startsWith("io.micrometer.")) {
                // the meters are optional: a bundle without Micrometer resolves and keeps no meters
                assertThat(attrs.get("resolution:")).as(pkg).isEqualTo("optional");
                assertThat(attrs.getVersion()).as(pkg).isNotNull();
            } else {
                assertThat(attrs.get("resolution:")).as(pkg).isNull();
            }
            if (attrs.getVersion() == null) {
                assertThat(pkg).as("an unversioned import").matches("(java|javax|org\\.w3c|org\\.xml)\\..*");
            }
        });
        assertThat(headers.getValue("DynamicImport-Package")).isNull();
    }

    @Test
    void keepsTheServiceFilesCamelKarafDiscoversComponentsBy() {
        assertThat(bundle.resolve("META-INF/services/org/apache/camel/component/iletimerkezi"))
                .content().contains("class=" + ROOT + ".IletiMerkeziComponent");
        assertThat(bundle.resolve("META-INF/services/org/apache/camel/configurer/iletimerkezi-endpoint")).exists();
        assertThat(bundle.resolve("META-INF/services/org/apache/camel/urifactory/iletimerkezi-endpoint")).exists();
    }

    private static Map<String, Attrs> imports(String prefix) {
        Parameters imports = new Parameters(headers.getValue("Import-Package"));
        return imports.entrySet().stream().filter(e -> e.getKey().equals(prefix) || e.getKey().startsWith(prefix + "."))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static Set<String> packagesInBundle() throws IOException {
        try (Stream<Path> files = Files.walk(bundle.resolve(ROOT.replace('.', '/')))) {
            return files.filter(f -> f.toString().endsWith(".class"))
                    .map(f -> bundle.relativize(f.getParent()).toString().replace('/', '.'))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }
}
