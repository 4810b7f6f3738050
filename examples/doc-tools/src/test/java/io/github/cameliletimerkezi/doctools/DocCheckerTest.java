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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.github.cameliletimerkezi.doctools.DocChecker.Problem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Every link and command in README.md, CHANGELOG.md, CONTRIBUTING.md and docs/ works on a fresh clone; the checker catches the ones that would not. */
class DocCheckerTest {

    @TempDir
    Path repo;

    @Test
    void theProjectsOwnDocsHaveNoBrokenLinkOrCommand() {
        DocChecker checker = new DocChecker(GeneratedDocsTest.ROOT);

        List<Problem> problems = checker.check();

        assertThat(checker.documents()).extracting(p -> p.getFileName().toString())
                .contains("README.md", "CHANGELOG.md", "CONTRIBUTING.md", "component.md", "build.md", "examples.md", "sandbox.md");
        assertThat(problems).as("problems in README.md and docs/").isEmpty();
    }

    @BeforeEach
    void aSmallRepository() throws IOException {
        Files.writeString(repo.resolve("pom.xml"), "<project/>");
        Files.createDirectories(repo.resolve("docs"));
        Files.createDirectories(repo.resolve("examples/app"));
        Files.writeString(repo.resolve("examples/app/pom.xml"), "<project><build><plugins><plugin>"
                + "<artifactId>exec-maven-plugin</artifactId><configuration><mainClass>a.Main</mainClass>"
                + "</configuration></plugin></plugins></build></project>");
        Files.createDirectories(repo.resolve("examples/lib"));
        Files.writeString(repo.resolve("examples/lib/pom.xml"), "<project/>");
        Files.writeString(repo.resolve("docs/guide.md"), "# Guide\n\n## Run it\n\nText.\n");
    }

    @Test
    void aLinkToAMissingFileFails() throws IOException {
        write("See [the guide](docs/guide.md), [running](docs/guide.md#run-it) and [the missing page](docs/missing.md).\n");

        assertThat(problems()).containsExactly("README.md:1: broken link: docs/missing.md (no such file)");
    }

    @Test
    void aLinkToAMissingHeadingFails() throws IOException {
        write("See [running](docs/guide.md#run-it) and [stopping](docs/guide.md#stop-it).\n");

        assertThat(problems()).containsExactly("README.md:1: broken link: docs/guide.md#stop-it (no heading #stop-it)");
    }

    @Test
    void aRepositoryPathInInlineCodeMustExist() throws IOException {
        write("The app is `examples/app`; read `examples/app/README.md`; `src/main/java` is relative to a module.\n");

        assertThat(problems()).containsExactly("README.md:1: no such path in the repository: examples/app/README.md");
    }

    @Test
    void mavenCommandsMustNameModulesThatExist() throws IOException {
        write("```\nmvn -B -ntp -pl examples/app,examples/gone -am verify\nmvn -f examples/other/pom.xml verify\n```\n");

        assertThat(problems()).containsExactly(
                "README.md:2: mvn -pl names examples/gone, which is not a module of the build",
                "README.md:3: mvn -f names examples/other/pom.xml, which does not exist");
    }

    @Test
    void execJavaOnOneModuleNeedsAnEarlierInstallAndAMainClass() throws IOException {
        write("```sh\n$ mvn -q -pl examples/app exec:java   # runs it\n```\n\n```sh\nmvn -B install -DskipTests\n"
              + "mvn -q -pl examples/app exec:java\nmvn -q -pl examples/lib exec:java\n```\n");

        assertThat(problems()).containsExactly(
                "README.md:2: mvn -pl without -am resolves the project's own modules from the local repository, and no"
                + " earlier command in this page installs them",
                "README.md:8: mvn exec:java in examples/lib, which configures no mainClass for exec-maven-plugin");
    }

    @Test
    void scriptsAndClassDirectoriesMustExist() throws IOException {
        write("```bash\n./quickstart\njava -cp examples/app/target/classes:examples/nope/target/classes a.Main\n```\n\n"
              + "```java\n./notACommand();\n```\n");

        assertThat(problems()).containsExactly(
                "README.md:2: no executable script ./quickstart in the repository root",
                "README.md:3: java -cp names examples/nope/target/classes, but examples/nope is not a Maven module");
    }

    @Test
    void continuedLinesAreOneCommand() throws IOException {
        write("```\nmvn -B -ntp \\\n  -pl examples/gone verify\n```\n");

        assertThat(problems()).containsExactly("README.md:2: mvn -pl names examples/gone, which is not a module of the build");
    }

    private void write(String readme) throws IOException {
        Files.writeString(repo.resolve("README.md"), readme);
    }

    private List<String> problems() {
        return new DocChecker(repo).check().stream().map(Problem::toString).toList();
    }
}
