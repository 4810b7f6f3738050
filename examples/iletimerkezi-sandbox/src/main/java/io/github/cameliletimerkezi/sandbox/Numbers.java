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

import java.util.regex.Pattern;

/**
 * The recipient numbers the provider accepts, and one canonical form per number for the duplicate rule.
 */
final class Numbers {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-.()]");
    private static final Pattern TURKISH_MOBILE = Pattern.compile("(?:\\+90|0090|90|0)?(5\\d{9})");
    private static final Pattern INTERNATIONAL = Pattern.compile("(?:\\+|00)([1-9]\\d{6,14})");

    private Numbers() {
    }

    /** The number as the provider reports it ({@code +905xxxxxxxxx}, {@code +<international>}), or null if invalid. */
    static String canonical(String raw) {
        String compact = SEPARATORS.matcher(raw.trim()).replaceAll("");
        var turkish = TURKISH_MOBILE.matcher(compact);
        if (turkish.matches()) {
            return "+90" + turkish.group(1);
        }
        var international = INTERNATIONAL.matcher(compact);
        return international.matches() ? "+" + international.group(1) : null;
    }
}
