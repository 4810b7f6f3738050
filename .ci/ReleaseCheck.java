import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * What a deploy of this build publishes, checked against what Maven Central requires. Reads the reactor's POMs (which
 * modules set maven.deploy.skip), the repository a deploy wrote to (argument 1) and the Central publishing plugin's
 * excludeArtifacts in the parent POM; prints one line per module and exits 1 when anything is missing.
 * Run by .ci/release-check: java .ci/ReleaseCheck.java STAGING_DIR
 */
public class ReleaseCheck {

    record Module(Path pom, Element project, String artifactId, String packaging, String parentArtifactId) {}

    /** What Central refuses a POM without (name is not inherited; the rest may come from a published parent). */
    static final List<String> OWN = List.of("name");
    static final List<String> INHERITED = List.of("description", "url", "licenses", "developers", "scm");

    public static void main(String[] args) throws Exception {
        Path root = Path.of("").toAbsolutePath();
        Path staging = Path.of(args[0]).toAbsolutePath();
        Map<String, Module> modules = new LinkedHashMap<>();
        read(root.resolve("pom.xml"), modules);

        Set<String> published = new LinkedHashSet<>();
        Set<String> unpublished = new TreeSet<>();
        for (Module module : modules.values()) {
            (deploySkipped(module, modules) ? unpublished : published).add(module.artifactId);
        }
        Set<String> excluded = new TreeSet<>(excludeArtifacts(modules.values().iterator().next().project));

        List<String> problems = new ArrayList<>();
        System.out.println("Published by deploy (" + published.size() + " modules; groupId io.github.cameliletimerkezi):");
        for (String artifactId : published) {
            Module module = modules.get(artifactId);
            Map<String, Path> files = staged(staging, artifactId);
            List<String> required = new ArrayList<>(List.of("pom", "sbom"));
            boolean hasArchive = module.packaging.equals("jar") || files.containsKey("features");
            if (module.packaging.equals("jar")) {
                required.add(0, "jar");
            }
            if (files.containsKey("features")) {
                required.add(0, "features");
            }
            if (hasArchive) {
                required.addAll(List.of("sources", "javadoc"));
            }
            List<String> missing = required.stream().filter(kind -> !files.containsKey(kind)).toList();
            List<String> metadata = files.containsKey("pom") ? missingMetadata(files.get("pom"), staging) : List.of();
            System.out.printf("  %-8s %-32s %-6s %s%s%n", missing.isEmpty() && metadata.isEmpty() ? "OK" : "MISSING",
                              artifactId, module.packaging, String.join(" ", required.stream()
                                      .map(kind -> files.containsKey(kind) ? kind : "NO-" + kind).toList()),
                              metadata.isEmpty() ? ", POM metadata complete" : ", POM lacks " + metadata);
            missing.forEach(kind -> problems.add(artifactId + ": no " + kind));
            metadata.forEach(element -> problems.add(artifactId + ": POM lacks <" + element + ">"));
        }
        System.out.println("Not published (maven.deploy.skip): " + String.join(", ", unpublished));
        for (String artifactId : unpublished) {
            if (!staged(staging, artifactId).isEmpty()) {
                problems.add(artifactId + " sets maven.deploy.skip, yet deploy published it");
            }
        }
        if (!excluded.equals(unpublished)) {
            problems.add("the release profile's central-publishing excludeArtifacts " + excluded
                         + " differ from the modules with maven.deploy.skip " + unpublished);
        }
        if (problems.isEmpty()) {
            System.out.println("Release check: " + published.size() + " published modules complete, "
                               + unpublished.size() + " not published");
        } else {
            problems.forEach(problem -> System.out.println("FAILED: " + problem));
            System.exit(1);
        }
    }

    /** The module and, through its modules elements, every module below it. */
    static void read(Path pom, Map<String, Module> modules) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        Element project = factory.newDocumentBuilder().parse(pom.toFile()).getDocumentElement();
        Element parent = child(project, "parent");
        String packaging = text(project, "packaging");
        Module module = new Module(pom, project, text(project, "artifactId"), packaging == null ? "jar" : packaging,
                                   parent == null ? null : text(parent, "artifactId"));
        modules.put(module.artifactId, module);
        List<Element> lists = new ArrayList<>();
        lists.add(child(project, "modules"));
        Element profiles = child(project, "profiles");
        if (profiles != null) { // modules a profile adds, such as the Quarkus example (-DskipQuarkus)
            children(profiles, "profile").forEach(profile -> lists.add(child(profile, "modules")));
        }
        for (Element list : lists) {
            if (list != null) {
                for (Element name : children(list, "module")) {
                    read(pom.getParent().resolve(name.getTextContent().strip()).resolve("pom.xml"), modules);
                }
            }
        }
    }

    /** maven.deploy.skip as the module sets it or inherits it from a parent in this build. */
    static boolean deploySkipped(Module module, Map<String, Module> modules) {
        for (Module m = module; m != null; m = m.parentArtifactId == null ? null : modules.get(m.parentArtifactId)) {
            Element properties = child(m.project, "properties");
            String value = properties == null ? null : text(properties, "maven.deploy.skip");
            if (value != null) {
                return Boolean.parseBoolean(value.strip());
            }
        }
        return false;
    }

    static List<String> excludeArtifacts(Element rootProject) {
        List<String> artifacts = new ArrayList<>();
        var plugins = rootProject.getElementsByTagName("plugin");
        for (int i = 0; i < plugins.getLength(); i++) {
            Element plugin = (Element) plugins.item(i);
            Element exclude = child(child(plugin, "configuration"), "excludeArtifacts");
            if ("central-publishing-maven-plugin".equals(text(plugin, "artifactId")) && exclude != null) {
                children(exclude, "artifact").forEach(a -> artifacts.add(a.getTextContent().strip()));
            }
        }
        return artifacts;
    }

    /** The files deploy wrote for one artifactId, by kind. */
    static Map<String, Path> staged(Path staging, String artifactId) throws IOException {
        Map<String, Path> files = new LinkedHashMap<>();
        Path dir = staging.resolve("io/github/cameliletimerkezi").resolve(artifactId);
        if (!Files.isDirectory(dir)) {
            return files;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path file : all.filter(Files::isRegularFile).toList()) {
                String name = file.getFileName().toString();
                if (!name.startsWith(artifactId + "-")) {
                    continue; // maven-metadata.xml and checksums
                }
                String kind = name.endsWith("-sources.jar") ? "sources"
                        : name.endsWith("-javadoc.jar") ? "javadoc"
                        : name.endsWith("-cyclonedx.json") ? "sbom"
                        : name.endsWith("-features.xml") ? "features"
                        : name.endsWith(".pom") ? "pom"
                        : name.endsWith(".jar") ? "jar" : null;
                if (kind != null) {
                    files.put(kind, file);
                }
            }
        }
        return files;
    }

    /** Required elements neither the POM nor a published parent of it has. */
    static List<String> missingMetadata(Path pom, Path staging) throws Exception {
        var builder = DocumentBuilderFactory.newInstance().newDocumentBuilder();
        Element project = builder.parse(pom.toFile()).getDocumentElement();
        List<String> missing = new ArrayList<>(OWN.stream().filter(e -> blank(child(project, e))).toList());
        List<String> inherited = new ArrayList<>(INHERITED);
        for (Element p = project; p != null && !inherited.isEmpty(); ) {
            Element current = p;
            inherited.removeIf(e -> !blank(child(current, e)));
            Element parent = child(p, "parent");
            Path parentPom = parent == null ? null : staged(staging, text(parent, "artifactId")).get("pom");
            p = parentPom == null ? null : builder.parse(parentPom.toFile()).getDocumentElement();
        }
        missing.addAll(inherited);
        return missing;
    }

    static boolean blank(Element element) {
        return element == null || element.getTextContent().isBlank();
    }

    static Element child(Element parent, String name) {
        if (parent == null) {
            return null;
        }
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.get(0);
    }

    static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                found.add(e);
            }
        }
        return found;
    }

    static String text(Element parent, String name) {
        Element element = child(parent, name);
        return element == null ? null : element.getTextContent().strip();
    }
}
