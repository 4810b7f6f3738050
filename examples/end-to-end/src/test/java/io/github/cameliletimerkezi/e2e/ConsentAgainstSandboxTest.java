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
package io.github.cameliletimerkezi.e2e;

import java.time.LocalDateTime;
import java.util.Map;

import io.github.cameliletimerkezi.client.IletiMerkeziException;
import io.github.cameliletimerkezi.consent.ConsentRecord;
import io.github.cameliletimerkezi.consent.ConsentSource;
import io.github.cameliletimerkezi.consent.ConsentStatus;
import io.github.cameliletimerkezi.consent.ConsentType;
import io.github.cameliletimerkezi.model.IletiMerkeziResponse;
import io.github.cameliletimerkezi.model.IysList;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * İYS consent against the sandbox: what is recorded is read back (the latest record wins), an unknown recipient is an
 * empty result, and an account without an İYS subscription gets 403.
 */
class ConsentAgainstSandboxTest extends SandboxTestSupport {

    @Test
    void recordedConsentIsReadBackAndTheLatestWins() {
        template.sendBody("iletimerkezi:addConsent", ConsentRecord.of("5301234567", IysList.BIREYSEL, ConsentType.MESAJ,
                ConsentSource.HS_WEB, ConsentStatus.ONAY, LocalDateTime.of(2027, 1, 20, 10, 0)));
        template.sendBody("iletimerkezi:addConsent", Map.of("recipient", "+905301234567", "recipientType", "BIREYSEL",
                "type", "MESAJ", "source", "HS_MESAJ", "status", "RET", "consentDate", "2027-02-01 09:30:00"));

        ConsentRecord found = template.requestBody("iletimerkezi:consent", "0530 123 45 67", IletiMerkeziResponse.class)
                .getPayload(ConsentRecord.class);

        assertThat(found.status()).isEqualTo(ConsentStatus.RET);
        assertThat(found.source()).isEqualTo(ConsentSource.HS_MESAJ);
        assertThat(found.consentDate()).isEqualTo("2027-02-01 09:30:00");
    }

    @Test
    void anUnknownRecipientIsAnEmptyResult() {
        IletiMerkeziResponse none = template.requestBody("iletimerkezi:consent", "5309999999", IletiMerkeziResponse.class);

        assertThat(none.getPayload(ConsentRecord.class)).isNull();
    }

    @Test
    void withoutAnIysSubscriptionConsentIsRefusedWith403() {
        sandbox.iysSubscription(false);

        assertThatThrownBy(() -> template.sendBody("iletimerkezi:consent", "5301234567")).cause()
                .isInstanceOf(IletiMerkeziException.class)
                .satisfies(e -> assertThat(((IletiMerkeziException) e).getStatusCode()).isEqualTo(403));
    }
}
