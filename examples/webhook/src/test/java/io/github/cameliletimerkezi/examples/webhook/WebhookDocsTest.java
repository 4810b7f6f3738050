package io.github.cameliletimerkezi.examples.webhook;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/webhook.md shows this module's files as they are, so the page is the application the build tests. */
class WebhookDocsTest {

    private static final Path PAGE = Path.of("../../docs/webhook.md");

    @ParameterizedTest
    @ValueSource(strings = {
        "src/main/java/io/github/cameliletimerkezi/examples/webhook/HttpServerConfiguration.java",
        "src/main/java/io/github/cameliletimerkezi/examples/webhook/WebhookRoutes.java",
        "src/main/java/io/github/cameliletimerkezi/examples/webhook/WebhookApplication.java",
        "src/main/resources/application.properties" })
    void thePageShowsTheFileWhole(String file) throws Exception {
        String page = Files.readString(PAGE, StandardCharsets.UTF_8);
        assertThat(page).contains("\n" + Files.readString(Path.of(file), StandardCharsets.UTF_8) + "```\n");
    }

    @Test
    void thePageListsThePomsDependencies() throws Exception {
        String page = Files.readString(PAGE, StandardCharsets.UTF_8);
        String pom = Files.readString(Path.of("pom.xml"), StandardCharsets.UTF_8);
        for (String artifact : new String[] {"camel-iletimerkezi", "camel-main", "camel-platform-http-vertx", "camel-log", "camel-bean"}) {
            assertThat(pom).contains("<artifactId>" + artifact + "</artifactId>");
            assertThat(page).contains("<artifactId>" + artifact + "</artifactId>");
        }
    }
}
