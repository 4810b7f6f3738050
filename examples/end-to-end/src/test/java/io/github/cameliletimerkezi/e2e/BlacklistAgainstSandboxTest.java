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

import java.time.Duration;
import java.util.List;

import io.github.cameliletimerkezi.IletiMerkeziConstants;
import io.github.cameliletimerkezi.blacklist.BlacklistPage;
import io.github.cameliletimerkezi.client.IletiMerkeziException;
import io.github.cameliletimerkezi.model.IletiMerkeziResponse;
import io.github.cameliletimerkezi.model.RecipientStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The blacklist against the sandbox: what is added is listed and blocks sends with the provider's codes (452 for an
 * order of blacklisted numbers only, 112 for a blacklisted recipient among others), and removing it lifts the block.
 */
class BlacklistAgainstSandboxTest extends SandboxTestSupport {

    @Test
    void addedNumbersAreListedAndBlockSends() {
        template.sendBody("iletimerkezi:addToBlacklist", List.of("0530 123 45 01", "+905301234502"));

        BlacklistPage page = template.requestBody("iletimerkezi:blacklist", null, IletiMerkeziResponse.class)
                .getPayload(BlacklistPage.class);
        assertThat(page.count()).isEqualTo(2);
        assertThat(page.numbers()).containsExactly("+905301234501", "+905301234502");

        assertThatThrownBy(() -> template.sendBodyAndHeader("iletimerkezi:send", "Kampanya", IletiMerkeziConstants.RECIPIENTS,
                "5301234501")).cause().isInstanceOf(IletiMerkeziException.class)
                .satisfies(e -> assertThat(((IletiMerkeziException) e).getStatusCode()).isEqualTo(452));

        IletiMerkeziResponse mixed = template.requestBodyAndHeader("iletimerkezi:send", "Kampanya 2",
                IletiMerkeziConstants.RECIPIENTS, "5301234502,5301234503", IletiMerkeziResponse.class);
        clock.advance(Duration.ofSeconds(5));
        List<RecipientStatus> rows = template.requestBody("iletimerkezi:report", mixed, IletiMerkeziResponse.class)
                .getReport().recipients();
        assertThat(rows).containsExactly(new RecipientStatus("+905301234502", 112), new RecipientStatus("+905301234503", 111));
    }

    @Test
    void removedNumbersCanBeSentToAgainAndPagesFollowRowCount() {
        template.sendBody("iletimerkezi:addToBlacklist", "5301234501,5301234502,5301234503");
        template.sendBody("iletimerkezi:removeFromBlacklist", "5301234501");

        IletiMerkeziResponse second = template.requestBodyAndHeaders("iletimerkezi:blacklist?rowCount=1",
                null, java.util.Map.of(IletiMerkeziConstants.PAGE, 2), IletiMerkeziResponse.class);
        assertThat(second.getPayload(BlacklistPage.class)).isEqualTo(new BlacklistPage(2L, List.of("+905301234503")));

        IletiMerkeziResponse sent = template.requestBodyAndHeader("iletimerkezi:send", "Tekrar hoş geldiniz",
                IletiMerkeziConstants.RECIPIENTS, "5301234501", IletiMerkeziResponse.class);
        assertThat(sent.getOrderId()).isNotBlank();
    }

    @Test
    void aNumberThatIsNotOneIsRefusedBeforeTheSandboxIsAsked() {
        IletiMerkeziResponse listed = template.requestBody("iletimerkezi:blacklist", null, IletiMerkeziResponse.class);
        assertThat(listed.getPayload(BlacklistPage.class).count()).isZero();
        assertThatThrownBy(() -> template.sendBody("iletimerkezi:addToBlacklist", "12345"))
                .cause().isInstanceOf(IllegalArgumentException.class).hasMessageContaining("number '12345'");
        assertThat(sandbox.requestCount()).isEqualTo(1);
    }
}
