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
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The complete {@code pom.xml} and properties blocks of the platform pages, compared with the modules the build
 * compiles and tests: a page's POM has no parent, imports the BOMs the module imports at the same versions, lists
 * dependencies the module runs with and declares plugins at the versions the build uses. A module that changes its
 * dependencies, versions or plugins makes this fail until the page says the same.
 */
class PlatformPagesTest {

    private static final Path ROOT = GeneratedDocsTest.ROOT;
    private static final Pattern FENCE = Pattern.compile("(?m)^```(\\w*)\\n(.*?)^```", Pattern.DOTALL);

    @Test
    void theSpringBootPagesPomIsTheExamplesPom() throws IOException {
        MavenPom page = onlyPom("docs/spring-boot.md");
        MavenPom module = MavenPom.ofModule(ROOT.resolve("examples/spring-boot/pom.xml"));

        assertStandalone(page);
        assertThat(page.importedBoms()).as("the BOMs, with their versions")
                .containsAll(module.ownImportedBoms()).isSubsetOf(module.importedBoms());
        assertThat(page.runtimeDependencies().keySet()).as("the dependencies the application runs with")
                .containsExactlyInAnyOrderElementsOf(module.runtimeDependencies().keySet());
        assertOwnArtifactsAt(page, module.version());
        assertPluginsAsBuilt(page, module);
        assertThat(page.declaredPlugins()).as("spring-boot:run needs the plugin declared")
                .contains("org.springframework.boot:spring-boot-maven-plugin");
        assertThat(module.declaredPlugins()).contains("org.springframework.boot:spring-boot-maven-plugin");
        assertThat(page.pluginVersions().get("org.springframework.boot:spring-boot-maven-plugin"))
                .isEqualTo(module.property("spring-boot.version").orElseThrow());
    }

    @Test
    void theSpringBootPagesPropertiesAreTheExamplesLines() throws IOException {
        List<String> example = Files.readAllLines(ROOT.resolve("examples/spring-boot/src/main/resources/application.properties"));
        List<String> blocks = blocks("docs/spring-boot.md", "properties");

        assertThat(blocks).isNotEmpty();
        for (String block : blocks) {
            for (String line : block.lines().filter(l -> !l.isBlank()).toList()) {
                assertThat(example).as("a line of docs/spring-boot.md that examples/spring-boot does not have").contains(line);
            }
        }
        assertThat(String.join("\n", example) + "\n").as("the page shows the example's application.properties whole")
                .isIn(blocks);
    }

    @Test
    void theSpringBootPageShowsTheExamplesClassesWhole() throws IOException {
        Path sources = ROOT.resolve("examples/spring-boot/src/main/java/io/github/cameliletimerkezi/example/springboot");
        List<String> pageClasses = blocks("docs/spring-boot.md", "java");
        List<String> exampleClasses = new ArrayList<>();
        try (var files = Files.list(sources)) {
            for (Path source : files.sorted().toList()) {
                exampleClasses.add(withoutLicenseHeader(Files.readString(source, StandardCharsets.UTF_8)));
            }
        }

        assertThat(exampleClasses).as("the example's classes").hasSize(3);
        assertThat(pageClasses).as("every class of the example, whole, and no other").containsExactlyInAnyOrderElementsOf(exampleClasses);
    }

    @Test
    void theCamelMainPomOfTheReadmeIsTheSendAndFollowExamplesSubset() throws IOException {
        MavenPom page = onlyPom("README.md");
        MavenPom module = MavenPom.ofModule(ROOT.resolve("examples/send-and-follow/pom.xml"));

        assertStandalone(page);
        assertThat(page.importedBoms()).containsExactlyInAnyOrderElementsOf(module.importedBoms().stream()
                .filter(bom -> bom.startsWith("org.apache.camel:camel-bom:")).toList());
        assertVersionsAsModule(page, module);
        assertOwnArtifactsAt(page, module.version());
        assertPluginsAsBuilt(page, module);
    }

    @Test
    void theKameletPagesPomHasWhatTheKameletsExampleRunsWith() throws IOException {
        MavenPom page = onlyPom("docs/kamelets.md");
        MavenPom kamelets = MavenPom.ofModule(ROOT.resolve("examples/kamelets/pom.xml"));
        MavenPom camelMain = onlyPom("README.md");

        assertStandalone(page);
        assertThat(page.importedBoms()).as("the Camel line the Kamelets example is built and tested on")
                .containsExactly("org.apache.camel:camel-bom:" + kamelets.property("camel.version").orElseThrow());
        assertOwnArtifactsAt(page, kamelets.version());
        assertPluginsAsBuilt(page, kamelets);
        assertThat(page.runtimeDependencies().keySet()).as("what the Kamelets example runs with")
                .containsAll(kamelets.runtimeDependencies().keySet());
        List<String> components = routeComponents(ROOT.resolve("examples/kamelets/routes/send-and-follow.camel.yaml"));
        assertThat(page.runtimeDependencies().keySet()).as("a component for every scheme the page's route file uses")
                .containsAll(components);
        List<String> known = new ArrayList<>(kamelets.runtimeDependencies().keySet());
        known.addAll(camelMain.runtimeDependencies().keySet());
        known.addAll(components);
        assertThat(known).as("and a runtime as the README's camel-main application has").containsAll(page.runtimeDependencies().keySet());
    }

    @Test
    void theKameletPageShowsTheRouteFileAndItsPropertiesAsTheExampleRunsThem() throws IOException {
        Path routes = ROOT.resolve("examples/kamelets/routes");
        String route = Files.readString(routes.resolve("send-and-follow.camel.yaml")).replaceFirst("\\A(?:#[^\\n]*\\n)+", "");

        assertThat(blocks("docs/kamelets.md", "yaml")).as("the route file, without its comment lines").contains(route);
        assertThat(blocks("docs/kamelets.md", "properties")).as("its application.properties, whole")
                .contains(Files.readString(routes.resolve("application.properties")));
    }

    @Test
    void theWebhookPagesPomHasWhatTheWebhookExampleRunsWith() throws IOException {
        MavenPom page = onlyPom("docs/webhook.md");
        MavenPom webhook = MavenPom.ofModule(ROOT.resolve("examples/webhook/pom.xml"));

        assertACamelMainApplicationLike(page, webhook);
        assertThat(page.runtimeDependencies().keySet()).as("the dependencies the webhook example runs with")
                .containsExactlyInAnyOrderElementsOf(webhook.runtimeDependencies().keySet());
        assertVersionsAsModule(page, webhook);
    }

    @Test
    void noPropertiesBlockHasACommentAtTheEndOfAValue() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path document : new DocChecker(ROOT).documents()) {
            String name = ROOT.relativize(document).toString();
            for (String block : blocks(name, "properties")) {
                block.lines().filter(l -> !l.strip().startsWith("#") && l.matches(".*\\s#.*"))
                        .forEach(l -> problems.add(name + ": " + l));
            }
        }
        assertThat(problems).as("Java properties have no end-of-line comments: the comment becomes part of the value")
                .isEmpty();
    }

    /** {@code org.apache.camel:camel-<scheme>} for every endpoint scheme a YAML route file names. */
    private static List<String> routeComponents(Path routes) throws IOException {
        Matcher uri = Pattern.compile("(?m)^[ \\t-]*(?:uri|to|from):[ \\t]*\"?([a-z][a-z0-9-]*):").matcher(Files.readString(routes));
        List<String> components = new ArrayList<>();
        while (uri.find()) {
            String component = "org.apache.camel:camel-" + uri.group(1);
            if (!components.contains(component)) {
                components.add(component);
            }
        }
        assertThat(components).as("endpoints in " + routes).contains("org.apache.camel:camel-kamelet");
        return components;
    }

    /**
     * A standalone camel-main project on the README's Camel line, with the module's version of our artifacts and the
     * plugins at the versions the build uses.
     */
    private static void assertACamelMainApplicationLike(MavenPom page, MavenPom module) throws IOException {
        assertStandalone(page);
        assertThat(page.importedBoms()).as("the component's own Camel line, as in the README")
                .containsExactlyElementsOf(onlyPom("README.md").importedBoms());
        assertOwnArtifactsAt(page, module.version());
        assertPluginsAsBuilt(page, module);
    }

    private static void assertStandalone(MavenPom page) {
        assertThat(page.hasParent()).as("a user's project has no parent of ours").isFalse();
        assertThat(page.property("maven.compiler.release")).hasValue("17");
    }

    private static void assertOwnArtifactsAt(MavenPom page, String version) {
        page.runtimeDependencies().forEach((artifact, v) -> {
            if (artifact.startsWith("io.github.cameliletimerkezi:")) {
                assertThat(v).as(artifact).isEqualTo(version);
            }
        });
    }

    /** Every version the page gives a dependency itself is the one the module gets. */
    private static void assertVersionsAsModule(MavenPom page, MavenPom module) {
        Map<String, String> moduleDependencies = module.runtimeDependencies();
        page.runtimeDependencies().forEach((artifact, version) -> {
            assertThat(moduleDependencies).as("a dependency the module does not have").containsKey(artifact);
            if (!version.isEmpty() && !moduleDependencies.get(artifact).isEmpty()) {
                assertThat(version).as(artifact).isEqualTo(moduleDependencies.get(artifact));
            }
        });
    }

    /** Every plugin the page declares with a version has that version in the build of the module. */
    private static void assertPluginsAsBuilt(MavenPom page, MavenPom module) {
        Map<String, String> built = module.pluginVersions();
        page.pluginVersions().forEach((plugin, version) -> {
            assertThat(built).as("a plugin the build does not use").containsKey(plugin);
            assertThat(version).as(plugin).isEqualTo(built.get(plugin));
        });
    }

    /** A source without the license comment it starts with: a page shows the code, not the header every file has. */
    private static String withoutLicenseHeader(String source) {
        return source.startsWith("/*\n * Copyright") ? source.substring(source.indexOf("*/\n") + 3) : source;
    }

    private static MavenPom onlyPom(String document) throws IOException {
        List<String> poms = blocks(document, "xml").stream().filter(b -> b.contains("<project")).toList();
        assertThat(poms).as("complete pom.xml blocks in " + document).hasSize(1);
        return MavenPom.ofText(poms.get(0));
    }

    private static List<String> blocks(String document, String language) throws IOException {
        Matcher m = FENCE.matcher(Files.readString(ROOT.resolve(document), StandardCharsets.UTF_8));
        List<String> blocks = new ArrayList<>();
        while (m.find()) {
            if (m.group(1).equals(language)) {
                blocks.add(m.group(2));
            }
        }
        return blocks;
    }
}
