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
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.camel.util.json.JsonArray;
import org.apache.camel.util.json.JsonObject;
import org.apache.camel.util.json.Jsoner;

/**
 * Writes the starter's {@code @ConfigurationProperties} class, its reference converter and the additional Spring
 * configuration metadata from the component's JSON descriptor (found on the classpath, in the component's jar or
 * classes), so every component option reaches Spring Boot without a hand edit. It follows the choices of Camel's own
 * starter generator: one property per component option, named like the option, with the option's description as
 * Javadoc; wrapper types for primitives, {@code java.time.Duration} for durations, {@code #bean:name} references for
 * object options.
 * <p>
 * Unlike Camel's generator, the properties carry no field initializers: a property the application does not set stays
 * null and is not copied onto the component, so the component's own defaults and its {@code IM_*} environment fallbacks
 * still apply. The defaults are published in the additional metadata for the IDE instead.
 * <p>
 * Run by the starter's build as a single-file Java program: {@code java -cp <compile classpath> StarterSourceGenerator.java
 * <generated-sources dir> <classes dir>}.
 */
public class StarterSourceGenerator {

    static final String DESCRIPTOR = "META-INF/io/github/cameliletimerkezi/iletimerkezi.json";
    static final String PACKAGE = "io.github.cameliletimerkezi.springboot";
    static final String CONFIGURATION_CLASS = "IletiMerkeziComponentConfiguration";
    static final String CONVERTER_CLASS = "IletiMerkeziComponentConverter";
    static final String SECRET_NOTE = " This is a secret: take it from the environment or a secrets store, not from a"
                                      + " committed properties file.";

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: StarterSourceGenerator <generated-sources dir> <classes dir>");
        }
        JsonObject descriptor = readDescriptor();
        JsonObject component = (JsonObject) descriptor.get("component");
        String scheme = component.getString("scheme");
        List<Option> options = new ArrayList<>();
        JsonObject properties = (JsonObject) descriptor.get("componentProperties");
        for (Map.Entry<String, Object> entry : properties.entrySet()) {
            options.add(Option.of(entry.getKey(), (JsonObject) entry.getValue()));
        }
        String prefix = "camel.component." + dashed(scheme);

        Path sources = Path.of(args[0], PACKAGE.replace('.', '/'));
        Files.createDirectories(sources);
        writeIfChanged(sources.resolve(CONFIGURATION_CLASS + ".java"),
                configurationSource(prefix, scheme, component.getString("description"), options));
        writeIfChanged(sources.resolve(CONVERTER_CLASS + ".java"), converterSource(options));
        Path metadata = Path.of(args[1], "META-INF", "additional-spring-configuration-metadata.json");
        Files.createDirectories(metadata.getParent());
        writeIfChanged(metadata, additionalMetadata(prefix, options));
    }

    private static JsonObject readDescriptor() throws Exception {
        try (InputStream in = ClassLoader.getSystemResourceAsStream(DESCRIPTOR)) {
            if (in == null) {
                throw new IllegalStateException(DESCRIPTOR + " is not on the classpath: build camel-iletimerkezi first");
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                return (JsonObject) Jsoner.deserialize(reader);
            }
        }
    }

    /** One component option and the Java type its property gets. */
    record Option(String name, String type, String javaType, String description, Object defaultValue, boolean secret,
            boolean deprecated, boolean isEnum) {

        static Option of(String name, JsonObject json) {
            String type = json.getString("type");
            String javaType = json.getString("javaType");
            return new Option(name, type, javaType, json.getStringOrDefault("description", ""), json.get("defaultValue"),
                    json.getBooleanOrDefault("secret", false), json.getBooleanOrDefault("deprecated", false),
                    json.get("enum") != null);
        }

        String propertyType() {
            if ("duration".equals(type)) {
                return "java.time.Duration";
            }
            return switch (javaType) {
                case "boolean" -> "java.lang.Boolean";
                case "int" -> "java.lang.Integer";
                case "long" -> "java.lang.Long";
                case "double" -> "java.lang.Double";
                case "float" -> "java.lang.Float";
                case "short" -> "java.lang.Short";
                case "byte" -> "java.lang.Byte";
                case "char" -> "java.lang.Character";
                default -> javaType;
            };
        }

        /** An object option that Spring cannot build from text: it is given as a bean reference. */
        boolean isReference() {
            return "object".equals(type) && !isEnum && !javaType.startsWith("java.util.") && !javaType.startsWith("java.time.")
                   && !"java.lang.Object".equals(javaType);
        }

        /** The type without generics, for class literals. */
        String rawType() {
            int generic = javaType.indexOf('<');
            return generic < 0 ? javaType : javaType.substring(0, generic);
        }

        /**
         * The default the IDE shows. Camel's descriptor gives every boolean a false default, also a Boolean left unset
         * on purpose (null means "not sent"); such an option has no default.
         */
        Object shownDefault() {
            if (defaultValue == null || "".equals(defaultValue)) {
                return null;
            }
            if ("java.lang.Boolean".equals(javaType) && Boolean.FALSE.equals(defaultValue)) {
                return null;
            }
            return defaultValue;
        }

        String javadoc() {
            StringBuilder text = new StringBuilder(description.isBlank() ? "The " + name + " option." : description);
            if (isReference()) {
                text.append(text.toString().endsWith(".") ? "" : ".").append(" The option is a ").append(javaType)
                        .append(" type, given as a bean reference (#bean:name).");
            }
            if (secret) {
                text.append(SECRET_NOTE);
            }
            return text.toString();
        }
    }

    static String configurationSource(String prefix, String scheme, String description, List<Option> options) {
        StringBuilder s = new StringBuilder();
        s.append("package ").append(PACKAGE).append(";\n\n");
        s.append("import org.apache.camel.spring.boot.ComponentConfigurationPropertiesCommon;\n");
        s.append("import org.springframework.boot.context.properties.ConfigurationProperties;\n");
        s.append("import org.springframework.boot.context.properties.DeprecatedConfigurationProperty;\n\n");
        s.append("/**\n");
        javadocLines(s, "", description);
        s.append(" * <p>\n * Generated from the component's JSON descriptor by StarterSourceGenerator; do not edit.\n */\n");
        s.append("@ConfigurationProperties(prefix = \"").append(prefix).append("\")\n");
        s.append("public class ").append(CONFIGURATION_CLASS).append(" extends ComponentConfigurationPropertiesCommon {\n\n");
        s.append("    /**\n     * Whether to enable auto configuration of the ").append(scheme)
                .append(" component. This is enabled by default.\n     */\n");
        s.append("    @SuppressWarnings(\"unused\")\n    private Boolean enabled;\n");
        for (Option option : options) {
            s.append("    /**\n");
            javadocLines(s, "    ", option.javadoc());
            s.append("     */\n");
            if (option.deprecated()) {
                s.append("    @Deprecated\n");
            }
            s.append("    private ").append(option.propertyType()).append(' ').append(option.name()).append(";\n");
        }
        for (Option option : options) {
            String capitalized = Character.toUpperCase(option.name().charAt(0)) + option.name().substring(1);
            s.append('\n');
            if (option.deprecated()) {
                s.append("    @Deprecated\n    @DeprecatedConfigurationProperty\n");
            }
            s.append("    public ").append(option.propertyType()).append(" get").append(capitalized).append("() {\n");
            s.append("        return ").append(option.name()).append(";\n    }\n\n");
            if (option.deprecated()) {
                s.append("    @Deprecated\n");
            }
            s.append("    public void set").append(capitalized).append('(').append(option.propertyType()).append(' ')
                    .append(option.name()).append(") {\n");
            s.append("        this.").append(option.name()).append(" = ").append(option.name()).append(";\n    }\n");
        }
        s.append("}\n");
        return s.toString();
    }

    static String converterSource(List<Option> options) {
        List<String> types = options.stream().filter(Option::isReference).map(Option::rawType).distinct().sorted().toList();
        StringBuilder s = new StringBuilder();
        s.append("package ").append(PACKAGE).append(";\n\n");
        s.append("import java.util.LinkedHashSet;\nimport java.util.Set;\n\n");
        s.append("import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;\n");
        s.append("import org.springframework.context.ApplicationContext;\n");
        s.append("import org.springframework.core.convert.TypeDescriptor;\n");
        s.append("import org.springframework.core.convert.converter.GenericConverter;\n\n");
        s.append("/**\n * Turns {@code #bean:name} (or {@code #name}) in a camel.component.iletimerkezi.* property into the named bean,\n");
        s.append(" * for the options whose type Spring cannot build from text.\n * <p>\n");
        s.append(" * Generated from the component's JSON descriptor by StarterSourceGenerator; do not edit.\n */\n");
        s.append("@ConfigurationPropertiesBinding\n");
        s.append("public class ").append(CONVERTER_CLASS).append(" implements GenericConverter {\n\n");
        s.append("    private final ApplicationContext applicationContext;\n\n");
        s.append("    public ").append(CONVERTER_CLASS).append("(ApplicationContext applicationContext) {\n");
        s.append("        this.applicationContext = applicationContext;\n    }\n\n");
        s.append("    @Override\n    public Set<ConvertiblePair> getConvertibleTypes() {\n");
        s.append("        Set<ConvertiblePair> answer = new LinkedHashSet<>();\n");
        for (String type : types) {
            s.append("        answer.add(new ConvertiblePair(String.class, ").append(type).append(".class));\n");
        }
        s.append("        return answer;\n    }\n\n");
        s.append("    @Override\n    public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {\n");
        s.append("        if (source == null) {\n            return null;\n        }\n");
        s.append("        String ref = source.toString();\n");
        s.append("        if (!ref.startsWith(\"#\")) {\n");
        s.append("            throw new IllegalArgumentException(\"'\" + ref + \"' is not a bean reference: write #bean:name to use the bean\"\n");
        s.append("                                               + \" called name as the \" + targetType.getType().getName());\n        }\n");
        s.append("        ref = ref.startsWith(\"#bean:\") ? ref.substring(6) : ref.substring(1);\n");
        s.append("        return applicationContext.getBean(ref, targetType.getType());\n    }\n}\n");
        return s.toString();
    }

    static String additionalMetadata(String prefix, List<Option> options) {
        JsonArray properties = new JsonArray();
        for (Option option : options) {
            JsonObject property = new JsonObject();
            property.put("name", prefix + "." + dashed(option.name()));
            property.put("type", option.propertyType());
            property.put("sourceType", PACKAGE + "." + CONFIGURATION_CLASS);
            if (option.shownDefault() != null) {
                property.put("defaultValue", option.shownDefault());
            }
            properties.add(property);
        }
        JsonObject metadata = new JsonObject();
        metadata.put("properties", properties);
        return Jsoner.prettyPrint(metadata.toJson(), 2) + "\n";
    }

    private static void javadocLines(StringBuilder s, String indent, String text) {
        String safe = text.replace("*/", "*&#47;");
        for (String line : wrap(safe, 110)) {
            s.append(indent).append(" * ").append(line).append('\n');
        }
    }

    private static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split("\\s+")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** baseUrl to base-url, the way Spring Boot names properties. */
    static String dashed(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    private static void writeIfChanged(Path file, String content) throws IOException {
        if (Files.exists(file) && Files.readString(file, StandardCharsets.UTF_8).equals(content)) {
            return;
        }
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }
}
