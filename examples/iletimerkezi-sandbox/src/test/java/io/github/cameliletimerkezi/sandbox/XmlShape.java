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
package io.github.cameliletimerkezi.sandbox;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Compares two answers by what a client reads from them: element names and nesting, and for every leaf whether it
 * is empty or filled and in which number or date format. How often an element repeats is not compared (recordings
 * abridge rows). A redacted recorded value ({@code USERNAME}, {@code order_id}) matches any value.
 */
final class XmlShape {

    enum Format {
        EMPTY("^$"),
        INTEGER("\\d+"),
        DECIMAL_POINT("\\d+\\.\\d+"),
        DECIMAL_COMMA("\\d+,\\d+"),
        DATE_TIME_ON_THE_MINUTE("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:00"),
        DATE_TIME("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d"),
        INTERNATIONAL_NUMBER("\\+[0-9X]{7,15}"),
        REDACTED("USERNAME|PASSWORD|PHONE|order_id"),
        TEXT(".*");

        private final Pattern pattern;

        Format(String regex) {
            this.pattern = Pattern.compile(regex, Pattern.DOTALL);
        }

        static Format of(String text) {
            for (Format format : values()) {
                if (format.pattern.matcher(text).matches()) {
                    return format;
                }
            }
            return TEXT;
        }
    }

    private XmlShape() {
    }

    /** The differences, one line each with the element path; empty when the shapes agree. */
    static List<String> differences(String recorded, String actual) {
        List<String> problems = new ArrayList<>();
        compare(root(recorded), root(actual), "", problems);
        return problems;
    }

    private static void compare(Element recorded, Element actual, String parent, List<String> problems) {
        String path = parent + "/" + recorded.getTagName();
        if (!recorded.getTagName().equals(actual.getTagName())) {
            problems.add(path + ": the sandbox has <" + actual.getTagName() + "> here");
            return;
        }
        List<List<Element>> recordedRuns = runs(recorded);
        List<List<Element>> actualRuns = runs(actual);
        if (recordedRuns.isEmpty() || actualRuns.isEmpty()) {
            if (recordedRuns.isEmpty() != actualRuns.isEmpty()) {
                problems.add(path + ": " + (recordedRuns.isEmpty() ? "a value" : "elements") + " recorded, "
                             + (actualRuns.isEmpty() ? "a value" : "elements") + " in the sandbox");
                return;
            }
            Format expected = Format.of(recorded.getTextContent().trim());
            Format got = Format.of(actual.getTextContent().trim());
            if (expected != Format.REDACTED && expected != got) {
                problems.add(path + ": recorded " + expected + " ('" + recorded.getTextContent().trim() + "'), sandbox "
                             + got + " ('" + actual.getTextContent().trim() + "')");
            }
            return;
        }
        List<String> recordedNames = recordedRuns.stream().map(run -> run.get(0).getTagName()).toList();
        List<String> actualNames = actualRuns.stream().map(run -> run.get(0).getTagName()).toList();
        if (!recordedNames.equals(actualNames)) {
            problems.add(path + ": recorded children " + recordedNames + ", sandbox " + actualNames);
            return;
        }
        for (int i = 0; i < recordedRuns.size(); i++) {
            for (Element element : actualRuns.get(i)) {
                compare(recordedRuns.get(i).get(0), element, path, problems);
            }
            for (Element element : recordedRuns.get(i)) {
                compare(element, actualRuns.get(i).get(0), path, problems);
            }
        }
    }

    /** The child elements, consecutive ones of one name grouped. */
    private static List<List<Element>> runs(Element element) {
        List<List<Element>> runs = new ArrayList<>();
        for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element child) {
                if (!runs.isEmpty() && runs.get(runs.size() - 1).get(0).getTagName().equals(child.getTagName())) {
                    runs.get(runs.size() - 1).add(child);
                } else {
                    runs.add(new ArrayList<>(List.of(child)));
                }
            }
        }
        return runs;
    }

    private static Element root(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.trim().getBytes(StandardCharsets.UTF_8)))
                    .getDocumentElement();
        } catch (Exception e) {
            throw new AssertionError("not XML: " + xml, e);
        }
    }
}
