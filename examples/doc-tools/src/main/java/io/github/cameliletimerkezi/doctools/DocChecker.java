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
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads README.md and docs/*.md as a newcomer would use them and reports what would not work on a fresh clone: a link
 * to a file or heading that does not exist, a repository path in inline code that does not exist, and a shell command
 * (in a fenced sh/bash/console block or an unlabelled one) that names a Maven module, a pom, a script or a class
 * directory that is not there, or runs {@code exec:java} in a module that configures no main class.
 */
public final class DocChecker {

    private static final Pattern LINK = Pattern.compile("!?\\[[^\\]]*]\\(([^)\\s]+)(?:\\s+\"[^\"]*\")?\\)");
    private static final Pattern REFERENCE_LINK = Pattern.compile("^\\s*\\[[^\\]]+]:\\s+(\\S+)");
    private static final Pattern INLINE_CODE = Pattern.compile("`([^`\\n]+)`");
    private static final Pattern REPO_PATH = Pattern.compile("[A-Za-z0-9_.-]+(/[A-Za-z0-9_.@-]+)+/?");
    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.*?)\\s*#*\\s*$");
    private static final Set<String> SHELL_BLOCKS = Set.of("", "sh", "bash", "shell", "console", "shell-session");

    private final Path root;

    public DocChecker(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** One thing that would not work, with where it is written. */
    public record Problem(String file, int line, String message) {
        @Override
        public String toString() {
            return file + ":" + line + ": " + message;
        }
    }

    /** The documents a newcomer reads: README.md, CHANGELOG.md, CONTRIBUTING.md and every Markdown file in docs/. */
    public List<Path> documents() {
        List<Path> documents = new ArrayList<>();
        for (String name : List.of("README.md", "CHANGELOG.md", "CONTRIBUTING.md")) {
            if (Files.exists(root.resolve(name))) {
                documents.add(root.resolve(name));
            }
        }
        Path docs = root.resolve("docs");
        if (Files.isDirectory(docs)) {
            try (Stream<Path> files = Files.list(docs)) {
                files.filter(p -> p.toString().endsWith(".md")).sorted().forEach(documents::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return documents;
    }

    /** Everything wrong in every document. */
    public List<Problem> check() {
        List<Problem> problems = new ArrayList<>();
        for (Path document : documents()) {
            problems.addAll(check(document));
        }
        return problems;
    }

    /** Everything wrong in one document. */
    public List<Problem> check(Path document) {
        String name = root.relativize(document.toAbsolutePath().normalize()).toString();
        List<String> lines = read(document);
        List<Problem> problems = new ArrayList<>();
        boolean inFence = false;
        String fenceLanguage = "";
        StringBuilder command = new StringBuilder();
        int commandLine = 0;
        boolean installed = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int number = i + 1;
            String trimmed = line.strip();
            if (trimmed.startsWith("```")) {
                inFence = !inFence;
                fenceLanguage = inFence ? trimmed.substring(3).strip().toLowerCase(Locale.ROOT) : "";
                continue;
            }
            if (inFence) {
                if (!SHELL_BLOCKS.contains(fenceLanguage)) {
                    continue;
                }
                if (command.isEmpty()) {
                    commandLine = number;
                }
                command.append(trimmed);
                if (trimmed.endsWith("\\")) {
                    command.setLength(command.length() - 1);
                    command.append(' ');
                    continue;
                }
                installed |= checkCommand(name, commandLine, command.toString(), installed, problems);
                command.setLength(0);
                continue;
            }
            String prose = INLINE_CODE.matcher(line).replaceAll("");
            checkLinks(name, number, document, prose, LINK.matcher(prose), problems);
            checkLinks(name, number, document, prose, REFERENCE_LINK.matcher(prose), problems);
            Matcher code = INLINE_CODE.matcher(line);
            while (code.find()) {
                checkRepoPath(name, number, code.group(1).strip(), problems);
            }
        }
        return problems;
    }

    private void checkLinks(String name, int number, Path document, String line, Matcher links, List<Problem> problems) {
        while (links.find()) {
            String target = links.group(1);
            if (target.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
                continue; // http:, https:, mailto: and the like are not files of the repository
            }
            int hash = target.indexOf('#');
            String file = hash < 0 ? target : target.substring(0, hash);
            String anchor = hash < 0 ? null : target.substring(hash + 1);
            Path resolved = file.isEmpty() ? document : document.getParent().resolve(file).normalize();
            if (!resolved.startsWith(root) || !Files.exists(resolved)) {
                problems.add(new Problem(name, number, "broken link: " + target + " (no such file)"));
            } else if (anchor != null && resolved.toString().endsWith(".md") && !anchors(resolved).contains(anchor)) {
                problems.add(new Problem(name, number, "broken link: " + target + " (no heading #" + anchor + ")"));
            }
        }
    }

    /** Inline code that names a path under one of the repository's top-level folders must exist. */
    private void checkRepoPath(String name, int number, String code, List<Problem> problems) {
        if (!REPO_PATH.matcher(code).matches() || code.contains("/target/") || code.startsWith("target/")) {
            return;
        }
        String top = code.substring(0, code.indexOf('/'));
        if (Files.isDirectory(root.resolve(top)) && !Files.exists(root.resolve(code))) {
            problems.add(new Problem(name, number, "no such path in the repository: " + code));
        }
    }

    /** Checks one command; returns whether it installs the build into a Maven repository. */
    private boolean checkCommand(String name, int number, String text, boolean installed, List<Problem> problems) {
        String line = text.startsWith("$ ") ? text.substring(2) : text;
        int comment = line.indexOf(" #");
        if (comment >= 0) {
            line = line.substring(0, comment);
        }
        List<String> words = List.of(line.strip().split("\\s+"));
        // environment assignments before the command (FOO=bar mvn ...) are not the command
        int start = 0;
        while (start < words.size() && words.get(start).matches("[A-Z_][A-Z0-9_]*=.*")) {
            start++;
        }
        if (start >= words.size()) {
            return false;
        }
        List<String> args = words.subList(start, words.size());
        String program = args.get(0);
        if (program.equals("mvn") || program.equals("./mvnw")) {
            checkMaven(name, number, args, installed, problems);
            return args.contains("install");
        } else if (program.startsWith("./")) {
            Path script = root.resolve(program.substring(2));
            if (!Files.isRegularFile(script) || !Files.isExecutable(script)) {
                problems.add(new Problem(name, number, "no executable script " + program + " in the repository root"));
            }
        } else if (program.equals("java")) {
            int cp = Math.max(args.indexOf("-cp"), args.indexOf("-classpath"));
            if (cp > 0 && cp + 1 < args.size()) {
                for (String entry : args.get(cp + 1).split(":")) {
                    int target = entry.indexOf("/target/");
                    if (target > 0 && !entry.contains("$") && !Files.isRegularFile(root.resolve(entry.substring(0, target)).resolve("pom.xml"))) {
                        problems.add(new Problem(name, number, "java -cp names " + entry + ", but " + entry.substring(0, target)
                                                               + " is not a Maven module"));
                    }
                }
            }
        }
        return false;
    }

    private void checkMaven(String name, int number, List<String> args, boolean installed, List<Problem> problems) {
        List<Path> modules = new ArrayList<>();
        for (int i = 1; i < args.size(); i++) {
            String arg = args.get(i);
            String value = null;
            if ((arg.equals("-pl") || arg.equals("--projects")) && i + 1 < args.size()) {
                value = args.get(++i);
            } else if (arg.startsWith("--projects=")) {
                value = arg.substring("--projects=".length());
            }
            if (value != null) {
                for (String module : value.split(",")) {
                    String path = module.replaceFirst("^[!-]", "");
                    if (path.startsWith(":")) {
                        continue; // :artifactId selectors are resolved by Maven against the reactor
                    }
                    Path pom = root.resolve(path).resolve("pom.xml");
                    if (!Files.isRegularFile(pom)) {
                        problems.add(new Problem(name, number, "mvn -pl names " + path + ", which is not a module of the build"));
                    } else {
                        modules.add(pom);
                    }
                }
            }
            if ((arg.equals("-f") || arg.equals("--file")) && i + 1 < args.size()) {
                String file = args.get(++i);
                if (!Files.exists(root.resolve(file))) {
                    problems.add(new Problem(name, number, "mvn -f names " + file + ", which does not exist"));
                }
            }
        }
        // one module alone resolves its sibling modules from the local repository: something must have installed them
        boolean alone = !modules.isEmpty() && !args.contains("-am") && !args.contains("--also-make");
        boolean runs = args.stream().anyMatch(a -> a.startsWith("exec:") || a.startsWith("dependency:"));
        if (alone && runs && !installed) {
            problems.add(new Problem(name, number, "mvn -pl without -am resolves the project's own modules from the local"
                                                   + " repository, and no earlier command in this page installs them"));
        }
        boolean mainClassGiven = args.stream().anyMatch(a -> a.startsWith("-Dexec.mainClass="));
        if (args.contains("exec:java") && !mainClassGiven) {
            for (Path pom : modules) {
                String text = String.join("\n", read(pom));
                if (!text.contains("exec-maven-plugin") || !text.contains("<mainClass>")) {
                    problems.add(new Problem(name, number, "mvn exec:java in " + root.relativize(pom.getParent())
                                                           + ", which configures no mainClass for exec-maven-plugin"));
                }
            }
        }
    }

    /** The anchors GitHub gives the headings of a Markdown file. */
    static Set<String> anchors(Path markdown) {
        Set<String> anchors = new HashSet<>();
        Set<String> seen = new HashSet<>();
        boolean inFence = false;
        for (String line : read(markdown)) {
            if (line.strip().startsWith("```")) {
                inFence = !inFence;
                continue;
            }
            Matcher heading = HEADING.matcher(line);
            if (!inFence && heading.matches()) {
                String slug = slug(heading.group(1));
                String unique = slug;
                for (int n = 1; !seen.add(unique); n++) {
                    unique = slug + "-" + n;
                }
                anchors.add(unique);
            }
        }
        return anchors;
    }

    static String slug(String heading) {
        String text = heading.replaceAll("\\[([^\\]]*)]\\([^)]*\\)", "$1").toLowerCase(Locale.ROOT);
        StringBuilder slug = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (Character.isLetterOrDigit(c) || c == '-' || c == '_') {
                slug.appendCodePoint(c);
            } else if (c == ' ') {
                slug.append('-');
            }
        });
        return slug.toString();
    }

    private static List<String> read(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Checks the repository whose root is the first argument (default: the working directory); exit 1 on problems. */
    public static void main(String[] args) {
        DocChecker checker = new DocChecker(Path.of(args.length > 0 ? args[0] : "."));
        List<Problem> problems = checker.check();
        problems.forEach(System.out::println);
        System.out.println(problems.isEmpty() ? "Docs check: no problems in " + checker.documents().size() + " documents"
                : "Docs check: " + problems.size() + " problems");
        if (!problems.isEmpty()) {
            System.exit(1);
        }
    }
}
