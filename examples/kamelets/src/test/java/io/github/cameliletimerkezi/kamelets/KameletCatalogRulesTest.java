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
package io.github.cameliletimerkezi.kamelets;

import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.cameliletimerkezi.IletiMerkeziComponent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules the Apache Kamelet catalog's validator enforces, applied to the Kamelets in the component jar, read from the
 * classpath the way Camel finds them ({@code kamelets/<name>.kamelet.yaml}). The one deliberate difference: the
 * provider annotation names this project, not the Apache Software Foundation.
 */
class KameletCatalogRulesTest {

    /** The validator's placeholder pattern: {{name}}, {{?name}} and {{name:default}}. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\?)?([A-Za-z0-9-._]+)(?::[^}]*)?}}");
    private static final Set<String> TITLE_STOPWORDS = Set.of("a", "an", "the", "of", "to", "for", "and", "or", "in", "on", "by", "with");
    private static final Set<String> SECRETS = Set.of("password", "secretKey", "apiHash");
    private static final List<String> KAMELETS = List.of("iletimerkezi-sms-sink", "iletimerkezi-delivery-report-source",
            "iletimerkezi-inbox-source");

    @ParameterizedTest
    @ValueSource(strings = { "iletimerkezi-sms-sink", "iletimerkezi-delivery-report-source", "iletimerkezi-inbox-source" })
    void followsTheCatalogRules(String name) throws Exception {
        Map<String, Object> kamelet = load(name);
        Map<String, Object> metadata = map(kamelet.get("metadata"));
        Map<String, Object> spec = map(kamelet.get("spec"));
        Map<String, Object> definition = map(spec.get("definition"));
        Map<String, Object> template = map(spec.get("template"));

        assertThat(kamelet).containsEntry("apiVersion", "camel.apache.org/v1").containsEntry("kind", "Kamelet");
        assertThat(metadata.get("name")).as("metadata.name equals the file name").isEqualTo(name);

        String type = (String) map(metadata.get("labels")).get("camel.apache.org/kamelet.type");
        assertThat(type).isIn("sink", "source", "action");
        assertThat(name).endsWith("-" + type);

        Map<String, Object> annotations = map(metadata.get("annotations"));
        String icon = (String) annotations.get("camel.apache.org/kamelet.icon");
        assertThat(icon).startsWith("data:image/svg+xml;base64,");
        assertThat(new String(Base64.getDecoder().decode(icon.substring(icon.indexOf(',') + 1)))).startsWith("<svg");
        assertThat(annotations.get("camel.apache.org/catalog.version")).isEqualTo(System.getProperty("project.version"));
        assertThat((String) annotations.get("camel.apache.org/provider")).isNotBlank();

        String capitalisedType = Character.toUpperCase(type.charAt(0)) + type.substring(1);
        assertThat((String) definition.get("title")).endsWith(capitalisedType);
        assertThat((String) definition.get("description")).isNotBlank();
        assertThat(definition.get("type")).isEqualTo("object");

        Map<String, Object> properties = map(definition.get("properties"));
        List<String> required = definition.containsKey("required") ? list(definition.get("required")) : List.of();
        assertThat(properties.keySet()).containsAll(required);
        assertThat(new HashSet<>(required)).hasSameSizeAs(required);
        properties.forEach((property, value) -> {
            Map<String, Object> schema = map(value);
            assertThat(schema.get("type")).as("%s type", property).isIn("string", "integer", "boolean", "number");
            assertThat((String) schema.get("description")).as("%s description", property).isNotBlank();
            String title = (String) schema.get("title");
            assertThat(title).as("%s title", property).isNotBlank().doesNotStartWith("The ").doesNotStartWith("A ")
                    .doesNotStartWith("An ");
            for (String word : title.split(" ")) {
                if (!TITLE_STOPWORDS.contains(word.toLowerCase())) {
                    assertThat(Character.isUpperCase(word.charAt(0))).as("%s title word '%s' capitalised", property, word).isTrue();
                }
            }
            if ("password".equals(schema.get("format"))) {
                assertThat(list(schema.get("x-descriptors"))).as(property).contains("urn:camel:group:credentials");
            }
            if (SECRETS.contains(property)) {
                assertThat(schema.get("format")).as("%s is a secret", property).isEqualTo("password");
            }
        });

        Set<String> declared = new TreeSet<>(properties.keySet());
        if (template.containsKey("beans")) {
            for (Object bean : list(template.get("beans"))) {
                declared.add((String) map(bean).get("name"));
            }
        }
        Set<String> used = new TreeSet<>();
        Set<String> usedAsOptional = new TreeSet<>();
        collectPlaceholders(template, used, usedAsOptional);
        assertThat(used).as("every property used and every used one declared").isEqualTo(declared);
        for (String property : properties.keySet()) {
            boolean mandatory = required.contains(property) || map(properties.get(property)).containsKey("default");
            assertThat(usedAsOptional.contains(property)).as("%s referenced as {{?%s}} exactly when optional", property, property)
                    .isEqualTo(!mandatory);
        }

        List<String> dependencies = list(spec.get("dependencies"));
        assertThat(dependencies).allSatisfy(d -> assertThat(d).matches("camel:[a-z0-9-]+|mvn:[^:]+:[^:]+:[^:]+|github:apache/.+"));
        assertThat(dependencies).contains("camel:kamelet", System.getProperty("kamelet.component.dependency"));

        Map<String, Object> from = map(template.get("from"));
        List<Object> steps = list(from.get("steps"));
        if ("sink".equals(type)) {
            assertThat(from.get("uri")).isEqualTo("kamelet:source");
        } else {
            assertThat(map(steps.get(steps.size() - 1)).get("to")).isEqualTo("kamelet:sink");
        }
    }

    @Test
    void titlesAndDescriptionsAreUnique() throws Exception {
        Set<Object> titles = new HashSet<>();
        Set<Object> descriptions = new HashSet<>();
        for (String name : KAMELETS) {
            Map<String, Object> definition = map(map(load(name).get("spec")).get("definition"));
            assertThat(titles.add(definition.get("title"))).isTrue();
            assertThat(descriptions.add(definition.get("description"))).isTrue();
        }
    }

    @Test
    void theKameletsShipInTheComponentJar() throws Exception {
        String componentJar = IletiMerkeziComponent.class.getProtectionDomain().getCodeSource().getLocation().toString();
        for (String name : KAMELETS) {
            URL url = getClass().getClassLoader().getResource("kamelets/" + name + ".kamelet.yaml");
            assertThat(url).as(name).isNotNull();
            assertThat(url.toString()).as("%s comes from the component's artifact", name).contains(componentJar);
        }
    }

    /** Every {{name}} in the template's strings, keys included; bean references count as used. */
    private static void collectPlaceholders(Object node, Set<String> used, Set<String> usedAsOptional) {
        if (node instanceof String text) {
            Matcher matcher = PLACEHOLDER.matcher(text);
            while (matcher.find()) {
                used.add(matcher.group(2));
                if (matcher.group(1) != null) {
                    usedAsOptional.add(matcher.group(2));
                }
            }
        } else if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> {
                collectPlaceholders(key, used, usedAsOptional);
                collectPlaceholders(value, used, usedAsOptional);
            });
        } else if (node instanceof List<?> list) {
            list.forEach(item -> collectPlaceholders(item, used, usedAsOptional));
        }
    }

    private Map<String, Object> load(String name) throws Exception {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("kamelets/" + name + ".kamelet.yaml")) {
            assertThat(in).as("kamelets/%s.kamelet.yaml on the classpath", name).isNotNull();
            return map(new Load(LoadSettings.builder().build()).loadFromInputStream(in));
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        assertThat(value).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> list(Object value) {
        assertThat(value).isInstanceOf(List.class);
        return new ArrayList<>((List<T>) value);
    }
}
