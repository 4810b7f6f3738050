package io.github.cameliletimerkezi.client;

import java.util.Objects;

/**
 * Where a client sends its requests and how it authenticates.
 *
 * @param baseUrl            the API root, for example {@code https://api.iletimerkezi.com/v1}
 * @param accountUrl         the legacy account-info address, or null when the account operation is not used
 * @param credentials        how API requests authenticate
 * @param accountCredentials the username and password for the legacy account service, which takes no API key; null
 *                           to use {@code credentials} when they are a username and password
 */
public record ClientSettings(String baseUrl, String accountUrl, Credentials credentials,
        Credentials.UsernamePassword accountCredentials) {

    public static final String DEFAULT_BASE_URL = "https://api.iletimerkezi.com/v1";

    public ClientSettings {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(credentials, "credentials");
        while (baseUrl.endsWith("/")) {
            baseUrl = baseUrl.substring(0, baseUrl.length() - 1);
        }
    }

    public ClientSettings(String baseUrl, String accountUrl, Credentials credentials) {
        this(baseUrl, accountUrl, credentials,
             credentials instanceof Credentials.UsernamePassword user ? user : null);
    }

    public static ClientSettings of(Credentials credentials) {
        return new ClientSettings(DEFAULT_BASE_URL, null, credentials);
    }
}
