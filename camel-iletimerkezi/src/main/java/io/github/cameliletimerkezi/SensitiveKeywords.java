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
package io.github.cameliletimerkezi;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Locale;

import org.apache.camel.ExtendedCamelContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Adds option names to the ones Camel masks in displayed URIs. Camel 4.18 and later let a component add keywords
 * ({@code ExtendedCamelContext#setAdditionalSensitiveKeywords}); the 4.14 line has no such call, so there the option
 * stays unmasked in URIs and the documentation tells users to set it on the component or through the environment.
 * Looked up once by method handle so the same sources build on every supported Camel line.
 */
final class SensitiveKeywords {

    private static final Logger LOG = LoggerFactory.getLogger(SensitiveKeywords.class);
    private static final MethodHandle GETTER = find("getAdditionalSensitiveKeywords", MethodType.methodType(String.class));
    private static final MethodHandle SETTER
            = find("setAdditionalSensitiveKeywords", MethodType.methodType(void.class, String.class));

    private SensitiveKeywords() {
    }

    static boolean supported() {
        return GETTER != null && SETTER != null;
    }

    static void add(ExtendedCamelContext extension, String keyword) {
        if (!supported()) {
            LOG.debug("This Camel version cannot mask extra option names; {} stays visible in endpoint URIs", keyword);
            return;
        }
        try {
            String keywords = (String) GETTER.invoke(extension);
            if (keywords == null || keywords.isBlank()) {
                SETTER.invoke(extension, keyword);
            } else if (!keywords.toLowerCase(Locale.ROOT).contains(keyword.toLowerCase(Locale.ROOT))) {
                SETTER.invoke(extension, keywords + "," + keyword);
            }
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("Could not register " + keyword + " as a sensitive option name", e);
        }
    }

    private static MethodHandle find(String name, MethodType type) {
        try {
            return MethodHandles.publicLookup().findVirtual(ExtendedCamelContext.class, name, type);
        } catch (NoSuchMethodException | IllegalAccessException e) {
            return null;
        }
    }
}
