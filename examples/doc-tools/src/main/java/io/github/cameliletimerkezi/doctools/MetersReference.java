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

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.github.cameliletimerkezi.metrics.IletiMerkeziMeter;

/**
 * The meters table of docs/metrics.md, written from {@link IletiMerkeziMeter}, the list the component registers its
 * meters from.
 */
public final class MetersReference {

    /** One meter as the page shows it. */
    public record Row(String meterName, String type, String prometheusName, List<String> tags, String description) {

        static Row of(IletiMerkeziMeter meter) {
            String type = meter.type().name().toLowerCase(Locale.ROOT).replace('_', ' ');
            boolean sampled = meter.type() == IletiMerkeziMeter.Type.TIMER || meter.type() == IletiMerkeziMeter.Type.SUMMARY;
            String prometheus = sampled ? meter.prometheusName() + "_count`, `_sum`, `_max" : meter.prometheusName();
            return new Row(meter.meterName(), type + (meter.baseUnit() == null ? "" : " (" + meter.baseUnit() + ")"),
                    prometheus, meter.tags(), meter.description());
        }
    }

    private final List<Row> rows;

    public MetersReference(List<Row> rows) {
        this.rows = List.copyOf(rows);
    }

    /** The component's meters. */
    public static MetersReference ofComponent() {
        return new MetersReference(Arrays.stream(IletiMerkeziMeter.values()).map(Row::of).toList());
    }

    /** The generated sections of docs/metrics.md by name. */
    public Map<String, String> sections() {
        Map<String, String> sections = new LinkedHashMap<>();
        sections.put("meters", table());
        return sections;
    }

    String table() {
        StringBuilder table = new StringBuilder();
        table.append("| Meter | Type | Prometheus series | Tags | What it answers |\n");
        table.append("|---|---|---|---|---|\n");
        for (Row row : rows) {
            table.append("| `").append(row.meterName()).append("` | ").append(row.type()).append(" | `")
                    .append(row.prometheusName()).append("` | ")
                    .append(row.tags().isEmpty() ? "" : "`" + String.join("`, `", row.tags()) + "`").append(" | ")
                    .append(row.description().replace("|", "\\|")).append(" |\n");
        }
        return table.toString();
    }
}
