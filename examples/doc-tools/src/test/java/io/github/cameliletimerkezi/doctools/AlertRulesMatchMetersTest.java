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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.cameliletimerkezi.metrics.IletiMerkeziMeter;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The example alert rules and their promtool tests name series the component writes: promtool checks the rules against
 * the scrape-shaped series the tests give, so a renamed meter or tag would leave both passing while real alerts stay
 * silent. Every {@code iletimerkezi_*} series and every label a selector names must be a meter's Prometheus series and
 * one of its tags.
 */
class AlertRulesMatchMetersTest {

    private static final Path ROOT = GeneratedDocsTest.ROOT;
    private static final Pattern SERIES = Pattern.compile("(iletimerkezi_[a-z_]+)(\\{([^}]*)})?");
    private static final Pattern LABEL = Pattern.compile("([a-z_]+)\\s*=~?\\s*\"");
    private static final List<String> SAMPLE_SUFFIXES = List.of("_count", "_sum", "_max", "_bucket");
    /** Labels Prometheus adds to every series it scrapes. */
    private static final List<String> SCRAPE_LABELS = List.of("job", "instance");

    @Test
    void everySeriesTheRulesAndTheirTestsNameIsAMeterWithThoseTags() throws IOException {
        Map<String, List<String>> written = new LinkedHashMap<>();
        for (IletiMerkeziMeter meter : IletiMerkeziMeter.values()) {
            boolean sampled = meter.type() == IletiMerkeziMeter.Type.TIMER || meter.type() == IletiMerkeziMeter.Type.SUMMARY;
            written.put(meter.prometheusName(), meter.tags());
            if (sampled) {
                SAMPLE_SUFFIXES.forEach(suffix -> written.put(meter.prometheusName() + suffix, meter.tags()));
            }
        }

        List<String> named = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (String file : List.of("docs/alerts/iletimerkezi-rules.yml", "docs/alerts/iletimerkezi-rules.test.yml")) {
            Matcher series = SERIES.matcher(Files.readString(ROOT.resolve(file)));
            while (series.find()) {
                String name = series.group(1);
                named.add(name);
                if (!written.containsKey(name)) {
                    problems.add(file + ": " + name + " is no meter's series");
                    continue;
                }
                if (series.group(3) != null) {
                    Matcher label = LABEL.matcher(series.group(3));
                    while (label.find()) {
                        if (!written.get(name).contains(label.group(1)) && !SCRAPE_LABELS.contains(label.group(1))) {
                            problems.add(file + ": " + name + " has no tag " + label.group(1));
                        }
                    }
                }
            }
        }

        assertThat(named).as("the rules name the component's series").isNotEmpty();
        assertThat(problems).isEmpty();
    }
}
