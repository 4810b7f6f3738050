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

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The component's packages form layers that only point down, with no circle anywhere. A package may use its own
 * package and the layers below it. Below the Camel layer it may not use another package of its own layer either (the
 * capabilities do not know each other). The Camel layer has two floors: its parts (the report stream, the webhook's
 * push reading, order splitting, meters, the JDBC stores, the Kamelet forms), which may use each other as long as no
 * circle forms, and on top the root package (component, endpoint, configuration, constants, producer and handlers,
 * consumers, health check, public exceptions), which nothing imports. Dependencies are read from the compiled classes
 * (every type a class refers to, imported or written out in full) and, where the sources are at hand, from their
 * import lines (an import the compiler drops as unused, or a constant it inlines, still counts).
 */
class LayeringTest {

    private static final String ROOT = "io.github.cameliletimerkezi";

    /** Lowest first; "" is the root package. */
    private static final List<Set<String>> LAYERS = List.of(
            Set.of("client.xml", "pace"),
            Set.of("model"),
            Set.of("parts"),
            Set.of("client"),
            Set.of("blacklist", "consent", "inbox", "orders"),
            Set.of("api"),
            Set.of("report", "webhook", "largeorders", "metrics", "jdbc", "kamelet"),
            Set.of(""));

    /** The lower floor of the Camel layer: the first layer whose packages may use Camel. */
    private static final int CAMEL_PARTS = LAYERS.size() - 2;

    private static final Pattern CLASS_REFERENCE = Pattern.compile("io/github/cameliletimerkezi/((?:[a-z0-9_]+/)*)[A-Z]");
    private static final Pattern IMPORT
            = Pattern.compile("^import\\s+(?:static\\s+)?io\\.github\\.cameliletimerkezi\\.((?:[a-z0-9_]+\\.)*)[A-Z]", Pattern.MULTILINE);
    private static final Pattern PACKAGE = Pattern.compile("^package\\s+([\\w.]+);", Pattern.MULTILINE);

    /** Package to the packages it uses, each with the first class that shows it. */
    private static final Map<String, Map<String, String>> USES = new TreeMap<>();
    private static final Map<String, String> CAMEL_USERS = new TreeMap<>();

    @BeforeAll
    static void readDependencies() throws IOException, URISyntaxException {
        Path classes = Paths.get(IletiMerkeziComponent.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (Stream<Path> files = Files.walk(classes.resolve(ROOT.replace('.', '/')))) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
                String name = classes.relativize(file).toString().replace('\\', '/');
                String from = packageOf(name.substring(0, name.lastIndexOf('/') + 1));
                for (String text : constantPoolTexts(file)) {
                    Matcher reference = CLASS_REFERENCE.matcher(text);
                    while (reference.find()) {
                        use(from, packageOf(reference.group(1)), name);
                    }
                    if (text.contains("org/apache/camel/")) {
                        CAMEL_USERS.putIfAbsent(from, name);
                    }
                }
            }
        }
        Path sources = sources();
        if (sources != null) {
            try (Stream<Path> files = Files.walk(sources)) {
                for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java"))::iterator) {
                    String text = Files.readString(file);
                    Matcher declared = PACKAGE.matcher(text);
                    if (!declared.find()) {
                        continue;
                    }
                    String from = declared.group(1).equals(ROOT) ? "" : declared.group(1).substring(ROOT.length() + 1);
                    Matcher imported = IMPORT.matcher(text);
                    while (imported.find()) {
                        use(from, packageOf(imported.group(1).replace('.', '/')), file.getFileName().toString());
                    }
                    if (text.contains("import org.apache.camel.") || text.contains("import static org.apache.camel.")) {
                        CAMEL_USERS.putIfAbsent(from, file.getFileName().toString());
                    }
                }
            }
        }
    }

    @Test
    void everyPackageHasALayer() {
        Set<String> unplaced = new TreeSet<>();
        USES.keySet().stream().filter(p -> layer(p) < 0).forEach(unplaced::add);
        assertThat(unplaced).as("packages without a layer: add them to LAYERS").isEmpty();
    }

    @Test
    void dependenciesOnlyPointDown() {
        List<String> upward = new ArrayList<>();
        USES.forEach((from, uses) -> uses.forEach((to, where) -> {
            int own = layer(from);
            int used = layer(to);
            boolean allowed = used < own || used == own && own == CAMEL_PARTS;
            if (!allowed && own >= 0 && used >= 0) {
                upward.add(where + ": " + label(from) + " (layer " + own + ") uses " + label(to) + " (layer " + used + ")");
            }
        }));
        assertThat(upward).as("dependencies that point up, or sideways below the Camel layer").isEmpty();
    }

    @Test
    void onlyTheCamelLayerUsesCamel() {
        Map<String, String> belowCamel = new TreeMap<>();
        CAMEL_USERS.forEach((pkg, where) -> {
            if (layer(pkg) < CAMEL_PARTS) {
                belowCamel.put(label(pkg), where);
            }
        });
        assertThat(belowCamel).as("packages below the Camel layer that use org.apache.camel").isEmpty();
    }

    @Test
    void noCircles() {
        Set<String> pairs = new TreeSet<>();
        USES.forEach((from, uses) -> uses.keySet().forEach(to -> {
            if (from.compareTo(to) < 0 && USES.getOrDefault(to, Map.of()).containsKey(from)) {
                pairs.add(label(from) + " <-> " + label(to) + " (" + uses.get(to) + ", " + USES.get(to).get(from) + ")");
            }
        }));
        assertThat(pairs).as("packages that use each other").isEmpty();

        Map<String, Set<String>> graph = new TreeMap<>();
        USES.forEach((from, uses) -> graph.put(from, uses.keySet()));
        assertThat(circles(graph)).as("circles among packages").isEmpty();
    }

    private static void use(String from, String to, String where) {
        Map<String, String> uses = USES.computeIfAbsent(from, k -> new TreeMap<>());
        if (!to.equals(from)) {
            uses.putIfAbsent(to, where);
        }
    }

    /** A package of the graph's circles, as "a -> b -> a", found by depth-first search. */
    private static Set<String> circles(Map<String, Set<String>> graph) {
        Set<String> found = new LinkedHashSet<>();
        Map<String, Integer> state = new HashMap<>();
        for (String start : graph.keySet()) {
            visit(start, graph, state, new ArrayDeque<>(), found);
        }
        return found;
    }

    private static void visit(String node, Map<String, Set<String>> graph, Map<String, Integer> state, Deque<String> path,
            Set<String> found) {
        Integer seen = state.get(node);
        if (seen != null && seen == 2) {
            return;
        }
        if (seen != null && seen == 1) {
            List<String> cycle = new ArrayList<>();
            boolean in = false;
            for (String step : (Iterable<String>) path::descendingIterator) {
                in |= step.equals(node);
                if (in) {
                    cycle.add(label(step));
                }
            }
            cycle.add(label(node));
            found.add(String.join(" -> ", cycle));
            return;
        }
        state.put(node, 1);
        path.push(node);
        for (String next : graph.getOrDefault(node, Set.of())) {
            visit(next, graph, state, path, found);
        }
        path.pop();
        state.put(node, 2);
    }

    private static int layer(String pkg) {
        for (int i = 0; i < LAYERS.size(); i++) {
            if (LAYERS.get(i).contains(pkg)) {
                return i;
            }
        }
        return -1;
    }

    /** "blacklist/" to "blacklist", "client/xml/" to "client.xml", "" to "" (the root package). */
    private static String packageOf(String slashedPath) {
        String trimmed = slashedPath.endsWith("/") ? slashedPath.substring(0, slashedPath.length() - 1) : slashedPath;
        if (trimmed.startsWith(ROOT.replace('.', '/'))) {
            trimmed = trimmed.substring(ROOT.length()).replaceFirst("^/", "");
        }
        return trimmed.replace('/', '.');
    }

    private static String label(String pkg) {
        return pkg.isEmpty() ? "(root)" : pkg;
    }

    /** The component's main sources, when the tests run beside them (the component or one of the Camel lines). */
    private static Path sources() {
        for (String candidate : List.of("src/main/java", "../../camel-iletimerkezi/src/main/java")) {
            Path path = Paths.get(candidate).resolve(ROOT.replace('.', '/'));
            if (Files.isDirectory(path)) {
                return path;
            }
        }
        return null;
    }

    /** The UTF-8 entries of a class file's constant pool: its class names, descriptors and signatures. */
    private static List<String> constantPoolTexts(Path classFile) throws IOException {
        List<String> texts = new ArrayList<>();
        try (InputStream in = Files.newInputStream(classFile); DataInputStream data = new DataInputStream(in)) {
            data.readInt();
            data.readUnsignedShort();
            data.readUnsignedShort();
            int count = data.readUnsignedShort();
            for (int i = 1; i < count; i++) {
                int tag = data.readUnsignedByte();
                switch (tag) {
                    case 1 -> texts.add(data.readUTF());
                    case 7, 8, 16, 19, 20 -> data.skipNBytes(2);
                    case 15 -> data.skipNBytes(3);
                    case 3, 4, 9, 10, 11, 12, 17, 18 -> data.skipNBytes(4);
                    case 5, 6 -> {
                        data.skipNBytes(8);
                        i++;
                    }
                    default -> throw new IOException(classFile + ": unknown constant pool tag " + tag);
                }
            }
        }
        return texts;
    }
}
