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
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.camel.util.json.DeserializationException;
import org.apache.camel.util.json.JsonObject;
import org.apache.camel.util.json.Jsoner;

/**
 * The component's JSON descriptor (written by camel-package-maven-plugin from the Javadoc and {@code @Metadata} of the
 * component), read into the few things its documentation shows. Options keep the descriptor's order, which is the
 * order of their groups.
 */
public final class ComponentDescriptor {

    /** Where the descriptor sits in the component's jar. */
    public static final String RESOURCE = "META-INF/io/github/cameliletimerkezi/iletimerkezi.json";

    /**
     * The operations that can be consumed from, each the label its own options carry, and whether it is a scheduled
     * poll (true) or receives pushes (false).
     */
    public static final Map<String, Boolean> CONSUMERS = orderedConsumers();

    /** Options Camel's scheduled-poll endpoint declares outside its scheduler group: a push consumer ignores them. */
    public static final Set<String> SCHEDULED_POLL_OPTIONS = Set.of("sendEmptyMessageWhenIdle", "pollStrategy");

    private final JsonObject component;
    private final List<Option> componentOptions;
    private final List<Option> endpointOptions;
    private final List<Option> headers;

    private ComponentDescriptor(JsonObject root) {
        this.component = (JsonObject) root.get("component");
        this.componentOptions = options(root, "componentProperties");
        this.endpointOptions = options(root, "properties");
        this.headers = options(root, "headers");
    }

    private static Map<String, Boolean> orderedConsumers() {
        Map<String, Boolean> consumers = new LinkedHashMap<>();
        consumers.put("report", true);
        consumers.put("inbox", true);
        consumers.put("webhook", false);
        return Collections.unmodifiableMap(consumers);
    }

    /** Reads the descriptor of the component on the classpath. */
    public static ComponentDescriptor fromClasspath() {
        try (InputStream in = ComponentDescriptor.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath: build camel-iletimerkezi first");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a descriptor from its JSON text. */
    public static ComponentDescriptor parse(String json) {
        try {
            return new ComponentDescriptor((JsonObject) Jsoner.deserialize(json));
        } catch (DeserializationException e) {
            throw new IllegalArgumentException("not a component descriptor: " + e.getMessage(), e);
        }
    }

    private static List<Option> options(JsonObject root, String key) {
        Object section = root.get(key);
        List<Option> options = new ArrayList<>();
        if (section instanceof Map<?, ?> map) {
            map.forEach((name, value) -> options.add(Option.of((String) name, (JsonObject) value)));
        }
        options.sort(Comparator.comparingInt(Option::index));
        return List.copyOf(options);
    }

    public String scheme() {
        return component.getString("scheme");
    }

    public String title() {
        return component.getString("title");
    }

    public String description() {
        return component.getString("description");
    }

    public String syntax() {
        return component.getString("syntax");
    }

    public String groupId() {
        return component.getString("groupId");
    }

    public String artifactId() {
        return component.getString("artifactId");
    }

    public String version() {
        return component.getString("version");
    }

    public String firstVersion() {
        return component.getString("firstVersion");
    }

    public String supportLevel() {
        return component.getString("supportLevel");
    }

    public String label() {
        return component.getString("label");
    }

    public boolean producerOnly() {
        return Boolean.TRUE.equals(component.getBoolean("producerOnly"));
    }

    public boolean consumerOnly() {
        return Boolean.TRUE.equals(component.getBoolean("consumerOnly"));
    }

    /** Options set once on the component (camel.component.&lt;scheme&gt;.*). */
    public List<Option> componentOptions() {
        return componentOptions;
    }

    /** The endpoint's path parameters, in URI order. */
    public List<Option> pathParameters() {
        return endpointOptions.stream().filter(o -> "path".equals(o.kind())).toList();
    }

    /** The endpoint's query parameters. */
    public List<Option> queryParameters() {
        return endpointOptions.stream().filter(o -> !"path".equals(o.kind())).toList();
    }

    /** The query parameters that apply to a consumer only: those labelled consumer (scheduler options included). */
    public List<Option> consumerParameters() {
        return queryParameters().stream().filter(o -> o.labels().contains("consumer")).toList();
    }

    /**
     * The query parameters one consumer reads: those labelled consumer that name this consumer
     * ({@code consumer,report}), or name no consumer at all (read by every consumer). The options Camel's scheduled
     * poll brings (labelled scheduler, and {@link #SCHEDULED_POLL_OPTIONS}) go to the polling consumers only.
     *
     * @param consumer one of {@link #CONSUMERS}
     */
    public List<Option> consumerParameters(String consumer) {
        if (!CONSUMERS.containsKey(consumer)) {
            throw new IllegalArgumentException("'" + consumer + "' is not a consumer: use one of " + CONSUMERS.keySet());
        }
        return consumerParameters().stream().filter(o -> readBy(o, consumer)).toList();
    }

    private static boolean readBy(Option option, String consumer) {
        List<String> named = option.labels().stream().filter(CONSUMERS::containsKey).toList();
        if (!named.isEmpty()) {
            return named.contains(consumer);
        }
        boolean scheduledPoll = option.labels().contains("scheduler") || SCHEDULED_POLL_OPTIONS.contains(option.name());
        return !scheduledPoll || CONSUMERS.get(consumer);
    }

    public List<Option> headers() {
        return headers;
    }

    /** One option or header as the descriptor describes it. */
    public record Option(String name, int index, String kind, String group, List<String> labels, String type,
            String javaType, String defaultValue, String description, List<String> enumValues, boolean required,
            boolean secret, boolean deprecated, String constantName) {

        static Option of(String name, JsonObject json) {
            String label = json.getStringOrDefault("label", "");
            Object defaultValue = json.get("defaultValue");
            Object enums = json.get("enum");
            return new Option(name, json.getIntegerOrDefault("index", 0), json.getString("kind"),
                    json.getStringOrDefault("group", "common"),
                    label.isEmpty() ? List.of() : List.of(label.split(",")),
                    json.getStringOrDefault("type", ""), json.getStringOrDefault("javaType", ""),
                    defaultValue == null ? null : String.valueOf(defaultValue),
                    json.getStringOrDefault("description", ""),
                    enums instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of(),
                    Boolean.TRUE.equals(json.getBoolean("required")), Boolean.TRUE.equals(json.getBoolean("secret")),
                    Boolean.TRUE.equals(json.getBoolean("deprecated")), json.getStringOrDefault("constantName", ""));
        }

        /** The type a reader needs: the descriptor's kind of value, or the Java class for objects and enums. */
        public String displayType() {
            if (type.isEmpty() || "object".equals(type) || "enum".equals(type)) {
                String simple = javaType.replaceAll("<.*>", "");
                simple = simple.substring(simple.lastIndexOf('.') + 1);
                return type.isEmpty() || "object".equals(type) ? simple : "enum (" + simple + ")";
            }
            return type;
        }

        /** The constant's field name in the constants class, for headers. */
        public String constantField() {
            int hash = constantName.indexOf('#');
            return hash < 0 ? "" : constantName.substring(hash + 1);
        }
    }
}
