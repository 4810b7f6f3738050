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

import java.util.function.Function;

import io.github.cameliletimerkezi.client.ClientSettings;

/**
 * The fallbacks of options left unset: the {@code IM_*} environment variables, then the built-in defaults. The
 * component applies them to each endpoint's options after the URI's options were set.
 */
final class EnvironmentDefaults {

    static final String ENV_ENDPOINT = "IM_ENDPOINT";
    static final String ENV_SENDER = "IM_SENDER";
    static final String ENV_USERNAME = "IM_USERNAME";
    static final String ENV_PASSWORD = "IM_PASSWORD";
    static final String ENV_PUBLIC_KEY = "IM_PUBLIC_KEY";
    static final String ENV_SECRET_KEY = "IM_SECRET_KEY";
    static final String ENV_API_HASH = "IM_API_HASH";
    static final String ENV_WEBHOOK_SECRET = "IM_WEBHOOK_SECRET";

    private EnvironmentDefaults() {
    }

    /** Fills options that are still unset (null or blank) from the environment, then from the defaults. */
    static void apply(IletiMerkeziConfiguration configuration, Function<String, String> environment) {
        configuration.setBaseUrl(firstSet(configuration.getBaseUrl(), environment.apply(ENV_ENDPOINT),
                ClientSettings.DEFAULT_BASE_URL));
        configuration.setSender(firstSet(configuration.getSender(), environment.apply(ENV_SENDER), null));
        configuration.setUsername(firstSet(configuration.getUsername(), environment.apply(ENV_USERNAME), null));
        configuration.setPassword(firstSet(configuration.getPassword(), environment.apply(ENV_PASSWORD), null));
        configuration.setPublicKey(firstSet(configuration.getPublicKey(), environment.apply(ENV_PUBLIC_KEY), null));
        configuration.setSecretKey(firstSet(configuration.getSecretKey(), environment.apply(ENV_SECRET_KEY), null));
        configuration.setApiHash(firstSet(configuration.getApiHash(), environment.apply(ENV_API_HASH), null));
        configuration.setWebhookSecret(firstSet(configuration.getWebhookSecret(), environment.apply(ENV_WEBHOOK_SECRET), null));
    }

    private static String firstSet(String value, String fallback, String defaultValue) {
        if (isSet(value)) {
            return value;
        }
        return isSet(fallback) ? fallback : defaultValue;
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}
