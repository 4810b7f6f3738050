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
    void theSpringBootSnippetsAreTheSpringBootExamplesLines() throws Exception {
        String page = Files.readString(PAGE, StandardCharsets.UTF_8);
        Path example = Path.of("../spring-boot");
        String routes = Files.readString(example.resolve(
                "src/main/java/io/github/cameliletimerkezi/example/springboot/SmsRoutes.java"), StandardCharsets.UTF_8);
        String properties = Files.readString(example.resolve("src/main/resources/application.properties"), StandardCharsets.UTF_8);
        String pom = Files.readString(example.resolve("pom.xml"), StandardCharsets.UTF_8);
        String route = section(page, "from(\"iletimerkezi:webhook?path={{sms.webhook-path}}\")", ";\n");
        assertThat(routes.replaceAll("\n\\s+", "\n")).as("the route, indentation aside")
                .contains(route.replaceAll("\n\\s+", "\n"));
        assertThat(properties).contains("sms.webhook-path=/iletimerkezi/${IM_WEBHOOK_SECRET}\n");
        assertThat(page).contains("sms.webhook-path=/iletimerkezi/${IM_WEBHOOK_SECRET}\n");
        for (String artifact : new String[] {"camel-iletimerkezi-starter", "camel-spring-boot-starter", "spring-boot-starter-web",
            "camel-platform-http-starter"}) {
            assertThat(pom).contains("<artifactId>" + artifact + "</artifactId>");
            assertThat(page).contains("<artifactId>" + artifact + "</artifactId>");
        }
    }

    /** The page's text from {@code start} to the end of {@code end}. */
    private static String section(String page, String start, String end) {
        int from = page.indexOf(start);
        assertThat(from).as(start).isNotNegative();
        return page.substring(from, page.indexOf(end, from) + end.length());
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
