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
package io.github.cameliletimerkezi.springboot;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.camel.util.json.JsonArray;
import org.apache.camel.util.json.JsonObject;
import org.apache.camel.util.json.Jsoner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The starter's Spring Boot metadata against the component's JSON descriptor: every component option has a
 * {@code camel.component.iletimerkezi.*} property with its description, a matching type and default, and no property
 * exists without an option. Fails when the two drift apart, for example when the starter was built against an older
 * component.
 */
class StarterPropertiesMatchDescriptorTest {

    private static final String PREFIX = "camel.component.iletimerkezi.";
    /** Properties every Camel starter has besides the component's options. */
    private static final Set<String> STARTER_OWN = Set.of("enabled", "customizer.enabled");

    private static JsonObject options;
    private static Map<String, JsonObject> properties;

    @BeforeAll
    static void read() throws Exception {
        options = (JsonObject) read("META-INF/io/github/cameliletimerkezi/iletimerkezi.json").get("componentProperties");
        properties = new LinkedHashMap<>();
        for (Object item : (JsonArray) read("META-INF/spring-configuration-metadata.json").get("properties")) {
            JsonObject property = (JsonObject) item;
            properties.put(property.getString("name").substring(PREFIX.length()), property);
        }
    }

    @Test
    void everyOptionIsAPropertyAndNothingElse() {
        Set<String> expected = new TreeSet<>(STARTER_OWN);
        options.keySet().forEach(name -> expected.add(StarterNames.dashed(name)));
        assertThat(new TreeSet<>(properties.keySet())).isEqualTo(expected);
        assertThat(options).containsKeys("baseUrl", "username", "password", "readTimeout", "healthCheckProducerEnabled");
    }

    @Test
    void typesDescriptionsAndDefaultsMatch() {
        options.forEach((name, value) -> {
            JsonObject option = (JsonObject) value;
            JsonObject property = properties.get(StarterNames.dashed(name));
            assertThat(property.getString("type")).as("type of %s", name).isEqualTo(springType(option));
            assertThat(normalise(property.getString("description"))).as("description of %s", name)
                    .startsWith(normalise(option.getString("description")));
            Object optionDefault = option.get("defaultValue");
            if (optionDefault != null && !(Boolean.FALSE.equals(optionDefault) && "java.lang.Boolean".equals(option.getString("javaType")))) {
                assertThat(String.valueOf(property.get("defaultValue"))).as("default of %s", name)
                        .isEqualTo(String.valueOf(optionDefault));
            }
        });
        assertThat(properties.get("read-timeout").getString("type")).isEqualTo("java.time.Duration");
        assertThat(properties.get("read-timeout").get("defaultValue")).isEqualTo("30s");
    }

    @Test
    void secretsSayWhereTheyComeFrom() {
        options.forEach((name, value) -> {
            JsonObject option = (JsonObject) value;
            if (option.getBooleanOrDefault("secret", false)) {
                assertThat(properties.get(StarterNames.dashed(name)).getString("description")).as(name)
                        .contains("secret").contains("environment");
            }
        });
        assertThat(options.keySet()).contains("password", "secretKey", "apiHash");
    }

    private static String springType(JsonObject option) {
        if ("duration".equals(option.getString("type"))) {
            return "java.time.Duration";
        }
        return switch (option.getString("javaType")) {
            case "boolean" -> "java.lang.Boolean";
            case "int" -> "java.lang.Integer";
            case "long" -> "java.lang.Long";
            case "double" -> "java.lang.Double";
            case "float" -> "java.lang.Float";
            default -> option.getString("javaType").replace(", ", ",");
        };
    }

    private static String normalise(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").trim();
    }

    private static JsonObject read(String resource) throws Exception {
        try (InputStream in = StarterPropertiesMatchDescriptorTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return (JsonObject) Jsoner.deserialize(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
    }
}
