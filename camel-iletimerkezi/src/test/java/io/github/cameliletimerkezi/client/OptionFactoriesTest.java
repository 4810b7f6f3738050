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
package io.github.cameliletimerkezi.client;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Credentials and proxy from the option values, without an endpoint. */
class OptionFactoriesTest {

    @Test
    void anApiKeyWithItsSecretWinsOverItsHashAndOverUsernameAndPassword() {
        assertThat(CredentialsFactory.fromOptions("pk", "sk", "hash", "5301234567", "pw"))
                .isEqualTo(Credentials.apiKeyWithSecret("pk", "sk"));
        assertThat(CredentialsFactory.fromOptions("pk", " ", "hash", "5301234567", "pw"))
                .isEqualTo(Credentials.apiKey("pk", "hash"));
        assertThat(CredentialsFactory.fromOptions(null, null, null, "5301234567", "pw"))
                .isEqualTo(Credentials.usernamePassword("5301234567", "pw"));
    }

    @Test
    void incompleteCredentialsNameWhatIsMissingAndNoValue() {
        assertThatThrownBy(() -> CredentialsFactory.fromOptions("pk", null, null, null, null))
                .hasMessageContaining("secretKey (IM_SECRET_KEY)").hasMessageContaining("apiHash (IM_API_HASH)");
        assertThatThrownBy(() -> CredentialsFactory.fromOptions(null, "sk-value", null, null, null))
                .hasMessageContaining("publicKey (IM_PUBLIC_KEY)").hasMessageNotContaining("sk-value");
        assertThatThrownBy(() -> CredentialsFactory.fromOptions(null, null, null, "5301234567", null))
                .hasMessageContaining("password (IM_PASSWORD) is missing");
        assertThatThrownBy(() -> CredentialsFactory.fromOptions(null, null, null, null, "pw-value"))
                .hasMessageContaining("username (IM_USERNAME) is missing").hasMessageNotContaining("pw-value");
        assertThatThrownBy(() -> CredentialsFactory.fromOptions(null, null, null, null, null))
                .hasMessageStartingWith("No İleti Merkezi credentials");
    }

    @Test
    void theAccountServiceGetsUsernameAndPasswordOnlyWhenBothAreSet() {
        assertThat(CredentialsFactory.accountCredentials("5301234567", "pw"))
                .isEqualTo(new Credentials.UsernamePassword("5301234567", "pw"));
        assertThat(CredentialsFactory.accountCredentials("5301234567", null)).isNull();
        assertThat(CredentialsFactory.accountCredentials(" ", "pw")).isNull();
    }

    @Test
    void noProxyHostMeansDirectConnections() {
        assertThat(ProxySettingsFactory.fromOptions(null, null, null, null)).isNull();
        assertThat(ProxySettingsFactory.fromOptions(" proxy.local ", 3128, "u", "p"))
                .isEqualTo(new ProxySettings("proxy.local", 3128, "u", "p"));
    }

    @Test
    void proxyOptionsAreCheckedTogether() {
        assertThatThrownBy(() -> ProxySettingsFactory.fromOptions(null, 3128, null, null))
                .hasMessage("proxyPort, proxyUsername or proxyPassword is set but proxyHost is not");
        assertThatThrownBy(() -> ProxySettingsFactory.fromOptions("proxy.local", null, null, null))
                .hasMessage("proxyPort is required with proxyHost proxy.local");
        assertThatThrownBy(() -> ProxySettingsFactory.fromOptions("proxy.local", 3128, "u", null))
                .hasMessage("proxyPassword is missing: proxyUsername and proxyPassword go together");
        assertThatThrownBy(() -> ProxySettingsFactory.fromOptions("proxy.local", 3128, null, "secret-value"))
                .hasMessage("proxyUsername is missing: proxyUsername and proxyPassword go together");
    }
}
