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
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * A {@code pom.xml} as Maven would read it for what a page's reader copies: the BOMs it imports, the dependencies
 * the application runs with and the plugins it declares, each with its version resolved through the POM's properties
 * and its parents' (the reactor's own POMs, found on disk). Pages show complete POMs for a user's project; comparing
 * one with the module that the build compiles and tests is what keeps the page from drifting.
 */
public final class MavenPom {

    private static final Pattern PROPERTY = Pattern.compile("\\$\\{([^}]+)}");

    private final Element project;
    private final Optional<MavenPom> parent;
    private final Map<String, String> properties = new HashMap<>();

    private MavenPom(Element project, Optional<MavenPom> parent) {
        this.project = project;
        this.parent = parent;
        parent.ifPresent(p -> properties.putAll(p.properties));
        properties.put("project.version", text(project, "version").or(() -> parent.map(MavenPom::version)).orElse(""));
        properties.put("project.groupId", text(project, "groupId").or(() -> parent.map(p -> p.resolve("${project.groupId}"))).orElse(""));
        child(project, "properties").ifPresent(p -> children(p).forEach(e -> properties.put(e.getTagName(), e.getTextContent().strip())));
    }

    /** A module's POM, with its parents read from the reactor on disk ({@code relativePath}, default {@code ../pom.xml}). */
    public static MavenPom ofModule(Path pomFile) {
        Element project = parse(read(pomFile));
        Optional<MavenPom> parent = child(project, "parent").map(p -> {
            Path parentFile = pomFile.toAbsolutePath().getParent()
                    .resolve(text(p, "relativePath").orElse("../pom.xml")).normalize();
            if (Files.isDirectory(parentFile)) {
                parentFile = parentFile.resolve("pom.xml");
            }
            return ofModule(parentFile);
        });
        return new MavenPom(project, parent);
    }

    /** A POM given as text, such as a page's; a {@code <parent>} in it is not looked up. */
    public static MavenPom ofText(String xml) {
        return new MavenPom(parse(xml), Optional.empty());
    }

    /** Whether the POM names a parent: a page's POM for a user's project must not, a user has none of ours. */
    public boolean hasParent() {
        return child(project, "parent").isPresent();
    }

    public String version() {
        return resolve("${project.version}");
    }

    public Optional<String> property(String name) {
        return Optional.ofNullable(properties.get(name));
    }

    /** {@code groupId:artifactId:version} of each BOM imported in {@code dependencyManagement}, this POM's and its parents'. */
    public List<String> importedBoms() {
        List<String> boms = new ArrayList<>(parent.map(MavenPom::importedBoms).orElse(List.of()));
        boms.addAll(ownImportedBoms());
        return boms;
    }

    /** {@code groupId:artifactId:version} of each BOM this POM itself imports, its parents' left out. */
    public List<String> ownImportedBoms() {
        List<String> boms = new ArrayList<>();
        child(project, "dependencyManagement").flatMap(m -> child(m, "dependencies")).ifPresent(ds -> children(ds).stream()
                .filter(d -> "import".equals(text(d, "scope").orElse(null)))
                .forEach(d -> boms.add(coordinates(d) + ":" + resolve(text(d, "version").orElse("")))));
        return boms;
    }

    /**
     * {@code groupId:artifactId} of each dependency the application needs to run (test scope left out), with the
     * version the POM gives it itself ({@code ""} when a BOM or a parent's management gives it).
     */
    public Map<String, String> runtimeDependencies() {
        Map<String, String> dependencies = new LinkedHashMap<>();
        child(project, "dependencies").ifPresent(ds -> children(ds).stream()
                .filter(d -> !"test".equals(text(d, "scope").orElse("compile")))
                .forEach(d -> dependencies.put(coordinates(d), resolve(text(d, "version").orElse("")))));
        return dependencies;
    }

    /** {@code groupId:artifactId} to version of every plugin declared in {@code build/plugins} or plugin management, parents' included. */
    public Map<String, String> pluginVersions() {
        Map<String, String> plugins = new HashMap<>(parent.map(MavenPom::pluginVersions).orElse(Map.of()));
        child(project, "build").ifPresent(build -> {
            List<Element> lists = new ArrayList<>();
            child(build, "plugins").ifPresent(lists::add);
            child(build, "pluginManagement").flatMap(m -> child(m, "plugins")).ifPresent(lists::add);
            for (Element list : lists) {
                for (Element plugin : children(list)) {
                    String key = text(plugin, "groupId").orElse("org.apache.maven.plugins") + ":" + text(plugin, "artifactId").orElseThrow();
                    text(plugin, "version").map(this::resolve).ifPresent(v -> plugins.put(key, v));
                    plugins.putIfAbsent(key, "");
                }
            }
        });
        return plugins;
    }

    /** {@code groupId:artifactId} of the plugins declared in this POM's own {@code build/plugins}. */
    public List<String> declaredPlugins() {
        List<String> plugins = new ArrayList<>();
        child(project, "build").flatMap(b -> child(b, "plugins")).ifPresent(list -> children(list).forEach(plugin ->
                plugins.add(text(plugin, "groupId").orElse("org.apache.maven.plugins") + ":" + text(plugin, "artifactId").orElseThrow())));
        return plugins;
    }

    /** The text with every {@code ${property}} this POM knows replaced. */
    public String resolve(String text) {
        String result = text;
        for (int round = 0; round < 5 && result.contains("${"); round++) {
            Matcher m = PROPERTY.matcher(result);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(out, Matcher.quoteReplacement(properties.getOrDefault(m.group(1), m.group())));
            }
            m.appendTail(out);
            result = out.toString();
        }
        return result;
    }

    private String coordinates(Element dependency) {
        return resolve(text(dependency, "groupId").orElseThrow()) + ":" + text(dependency, "artifactId").orElseThrow();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Element parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document document = factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
            return document.getDocumentElement();
        } catch (Exception e) {
            throw new IllegalArgumentException("not a readable POM: " + e.getMessage(), e);
        }
    }

    private static List<Element> children(Element parent) {
        List<Element> elements = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i).getNodeType() == Node.ELEMENT_NODE) {
                elements.add((Element) nodes.item(i));
            }
        }
        return elements;
    }

    private static Optional<Element> child(Element parent, String name) {
        return children(parent).stream().filter(e -> e.getTagName().equals(name)).findFirst();
    }

    private static Optional<String> text(Element parent, String name) {
        return child(parent, name).map(e -> e.getTextContent().strip());
    }
}
