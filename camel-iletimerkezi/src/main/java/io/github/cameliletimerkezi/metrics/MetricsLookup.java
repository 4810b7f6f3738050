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
package io.github.cameliletimerkezi.metrics;

import java.util.Set;

import org.apache.camel.CamelContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the application's {@code MeterRegistry}: none without Micrometer on the class path, else the one registry in
 * Camel's registry (Spring's beans, camel-main's bindings), a composite among several, or none.
 */
public final class MetricsLookup {

    private static final Logger LOG = LoggerFactory.getLogger(MetricsLookup.class);
    private static final String REGISTRY_CLASS = "io.micrometer.core.instrument.MeterRegistry";

    private MetricsLookup() {
    }

    public static ComponentMetrics of(CamelContext context) {
        if (!onClassPath(context)) {
            return ComponentMetrics.NONE;
        }
        return Registries.find(context);
    }

    private static boolean onClassPath(CamelContext context) {
        try {
            Class.forName(REGISTRY_CLASS, false, MetricsLookup.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** Loaded only once Micrometer is known to be there. */
    private static final class Registries {

        static ComponentMetrics find(CamelContext context) {
            Set<io.micrometer.core.instrument.MeterRegistry> found = context.getRegistry()
                    .findByType(io.micrometer.core.instrument.MeterRegistry.class);
            io.micrometer.core.instrument.MeterRegistry chosen = null;
            if (found.size() == 1) {
                chosen = found.iterator().next();
            } else {
                for (io.micrometer.core.instrument.MeterRegistry registry : found) {
                    if (registry instanceof io.micrometer.core.instrument.composite.CompositeMeterRegistry) {
                        chosen = registry;
                    }
                }
            }
            if (chosen == null) {
                if (found.size() > 1) {
                    LOG.warn("İleti Merkezi meters are off: {} MeterRegistry beans and no composite among them", found.size());
                }
                return ComponentMetrics.NONE;
            }
            LOG.debug("İleti Merkezi meters in {}", chosen.getClass().getSimpleName());
            return new MicrometerMetrics(chosen);
        }
    }
}
