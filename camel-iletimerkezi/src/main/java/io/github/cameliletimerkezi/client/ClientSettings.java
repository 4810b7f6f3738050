package io.github.cameliletimerkezi.client;

import java.util.Objects;

/**
 * Where a client sends its requests and how it authenticates.
 *
 * @param baseUrl     the API root, for example {@code https://api.iletimerkezi.com/v1}
 * @param accountUrl  the legacy account-info address, or null when the account operation is not used
 * @param credentials how requests authenticate
 */
public record ClientSettings(String baseUrl, String accountUrl, Credentials credentials) {

    public static final String DEFAULT_BASE_URL = "https://api.iletimerkezi.com/v1";

    public ClientSettings {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(credentials, "credentials");
        while (baseUrl.endsWith("/")) {
            baseUrl = baseUrl.substring(0, baseUrl.length() - 1);
        }
    }

    public static ClientSettings of(Credentials credentials) {
        return new ClientSettings(DEFAULT_BASE_URL, null, credentials);
    }
}
