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
package io.github.cameliletimerkezi.consent;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.cameliletimerkezi.IletiMerkeziConstants;
import io.github.cameliletimerkezi.IletiMerkeziTestSupport;
import io.github.cameliletimerkezi.client.IletiMerkeziException;
import io.github.cameliletimerkezi.model.IletiMerkeziResponse;
import io.github.cameliletimerkezi.model.IysList;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * İYS consent over the JSON endpoints of reference §3.11: the exact request, batches of at most 5000, 403 without a
 * subscription, 422 as "no record", and every field checked before sending.
 */
class ConsentTest extends IletiMerkeziTestSupport {

    private static final String AUTH = "\"authentication\":{\"username\":\"USERNAME\",\"password\":\"PASSWORD\"}";
    private static final String OK = "{\"response\":{\"status\":{\"code\":200,\"message\":\"İşlem başarılı\"}}}";

    @Test
    void addWritesTheDocumentedRecord() {
        wireMock.stubFor(post("/consent/create/json").willReturn(json(200, OK)));

        IletiMerkeziResponse response = template.requestBody("iletimerkezi:addConsent?brandCode=123456",
                ConsentRecord.of("0530 123 45 67", IysList.BIREYSEL, ConsentType.MESAJ, ConsentSource.HS_WEB,
                        ConsentStatus.ONAY, LocalDateTime.of(2027, 1, 20, 13, 45, 10)), IletiMerkeziResponse.class);

        assertThat(response.getCode()).isEqualTo(200);
        List<LoggedRequest> requests = wireMock.findAll(postRequestedFor(urlEqualTo("/consent/create/json")));
        assertThat(requests).hasSize(1);
        assertThat(requests.get(0).getHeader("Content-Type")).isEqualToIgnoringCase("application/json; charset=utf-8");
        assertThat(new String(requests.get(0).getBody(), StandardCharsets.UTF_8)).isEqualTo(
                "{\"request\":{" + AUTH + ",\"consent\":{\"brandCode\":\"123456\",\"list\":[{\"recipient\":\"+905301234567\","
                + "\"recipientType\":\"BIREYSEL\",\"type\":\"MESAJ\",\"source\":\"HS_WEB\",\"status\":\"ONAY\","
                + "\"consentDate\":\"2027-01-20 13:45:10\"}]}}}");
    }

    @Test
    void moreThan5000RecordsAreSplitIntoCalls() {
        wireMock.stubFor(post("/consent/create/json").willReturn(json(200, OK)));
        List<Map<String, Object>> records = new ArrayList<>();
        for (int i = 0; i < 5001; i++) {
            records.add(Map.of("recipient", String.format("53012%05d", i), "recipientType", "tacir", "type", "MESAJ",
                    "source", "HS_MESAJ", "status", "RET", "consentDate", "2027-01-20 10:00:00"));
        }

        Exchange exchange = template.request("iletimerkezi:addConsent", e -> e.getMessage().setBody(records));

        assertThat(exchange.getException()).isNull();
        List<LoggedRequest> requests = wireMock.findAll(postRequestedFor(urlEqualTo("/consent/create/json")));
        assertThat(requests).extracting(r -> count(new String(r.getBody(), StandardCharsets.UTF_8), "\"recipient\""))
                .containsExactly(5000, 1);
        assertThat(exchange.getMessage().getBody(List.class)).hasSize(2);
    }

    @Test
    void withoutASubscriptionTheAnswerIs403() {
        wireMock.stubFor(post("/consent/create/json").willReturn(json(403,
                "{\"response\":{\"status\":{\"code\":403,\"message\":\"Aktif abonelik bulunamadı\"}}}")));

        Exchange exchange = template.send("iletimerkezi:addConsent", e -> e.getMessage().setBody(Map.of(
                "recipient", "5301234567", "recipientType", "BIREYSEL", "type", "MESAJ", "source", "HS_WEB",
                "status", "ONAY", "consentDate", "2027-01-20 10:00:00")));

        IletiMerkeziException failure = (IletiMerkeziException) exchange.getException();
        assertThat(failure.getStatusCode()).isEqualTo(403);
        assertThat(failure.getMessage()).contains("no active subscription");
        assertThat(exchange.getMessage().getHeader(IletiMerkeziConstants.STATUS_CODE)).isEqualTo(403);
    }

    @Test
    void showReadsTheRecord() {
        wireMock.stubFor(post("/consent/show/json").willReturn(json(200, "{\"response\":{\"status\":{\"code\":200,"
                + "\"message\":\"İşlem başarılı\"},\"consent\":{\"recipient\":\"+905301234567\",\"status\":\"ONAY\","
                + "\"source\":\"HS_WEB\",\"consentDate\":\"2027-01-20 13:45:10\"}}}")));

        IletiMerkeziResponse response = template.requestBody("iletimerkezi:consent", "05301234567", IletiMerkeziResponse.class);

        assertThat(new String(wireMock.findAll(postRequestedFor(urlEqualTo("/consent/show/json"))).get(0).getBody(),
                StandardCharsets.UTF_8)).isEqualTo("{\"request\":{" + AUTH + ",\"consent\":{\"recipient\":\"+905301234567\","
                                                   + "\"recipientType\":\"BIREYSEL\",\"type\":\"MESAJ\"}}}");
        assertThat(response.getPayload(ConsentRecord.class)).isEqualTo(new ConsentRecord("+905301234567", IysList.BIREYSEL,
                ConsentType.MESAJ, ConsentSource.HS_WEB, ConsentStatus.ONAY, "2027-01-20 13:45:10"));
        assertThat(response.toMap()).containsKey("consent");
    }

    @Test
    void noRecordIsAnEmptyResultNotAnException() {
        wireMock.stubFor(post("/consent/show/json").willReturn(json(422,
                "{\"response\":{\"status\":{\"code\":422,\"message\":\"İstek içerisindeki değerler doğrulanamadı.\"}}}")));

        Exchange exchange = template.request("iletimerkezi:consent", e -> e.getMessage().setBody(Map.of(
                "recipient", "info@example.com", "type", "EPOSTA", "recipientType", "TACIR")));

        assertThat(exchange.getException()).isNull();
        IletiMerkeziResponse response = exchange.getMessage().getBody(IletiMerkeziResponse.class);
        assertThat(response.getPayload(ConsentRecord.class)).isNull();
        assertThat(response.getCode()).isEqualTo(422);
    }

    @Test
    void badFieldsAreNamedBeforeSending() {
        assertThatThrownBy(() -> template.sendBody("iletimerkezi:addConsent", List.of(
                Map.of("recipient", "5301234567", "recipientType", "BIREYSEL", "type", "MESAJ", "source", "HS_WEB",
                        "status", "ONAY", "consentDate", "2027-01-20 10:00:00"),
                Map.of("recipient", "5301234568", "recipientType", "BIREYSEL", "type", "FAX", "source", "HS_WEB",
                        "status", "ONAY", "consentDate", "2027-01-20 10:00:00"))))
                .cause().isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("record 2: type 'FAX' is unknown: use one of MESAJ, EPOSTA, ARAMA");
        assertThatThrownBy(() -> template.sendBody("iletimerkezi:addConsent", Map.of("recipient", "5301234567",
                "recipientType", "BIREYSEL", "type", "MESAJ", "source", "WEB", "status", "ONAY", "consentDate", "2027-01-20")))
                .cause().hasMessageStartingWith("source 'WEB' is unknown: use one of HS_FIZIKSEL_ORTAM");
        assertThatThrownBy(() -> template.sendBody("iletimerkezi:consent", "not-a-number"))
                .cause().hasMessageStartingWith("recipient 'not-a-number' is not a mobile number");
        assertThatThrownBy(() -> template.sendBody("iletimerkezi:consent", Map.of("recipient", "x", "type", "EPOSTA")))
                .cause().hasMessageStartingWith("recipient 'x' is not an e-mail address");
        wireMock.verify(0, anyRequestedFor(anyUrl()));
    }

    private static int count(String text, String needle) {
        return text.split(java.util.regex.Pattern.quote(needle), -1).length - 1;
    }

    private static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json; charset=utf-8").withBody(body);
    }
}
