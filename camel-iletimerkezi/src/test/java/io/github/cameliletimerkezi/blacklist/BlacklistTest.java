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
package io.github.cameliletimerkezi.blacklist;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.cameliletimerkezi.IletiMerkeziConstants;
import io.github.cameliletimerkezi.IletiMerkeziTestSupport;
import io.github.cameliletimerkezi.client.IletiMerkeziException;
import io.github.cameliletimerkezi.model.IletiMerkeziResponse;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The blacklist operations against the provider's XML wire format (reference §3.7): request bodies byte for byte,
 * the list answer, the per-number answers of a list body and the documented errors.
 */
class BlacklistTest extends IletiMerkeziTestSupport {

    private static final String AUTH
            = "<authentication><username>USERNAME</username><password>PASSWORD</password></authentication>";

    @Test
    void addWritesOneCanonicalNumber() {
        wireMock.stubFor(post("/add-blacklist").willReturn(sampleAnswer(200, "success-no-payload.xml")));

        Exchange exchange = template.request("iletimerkezi:addToBlacklist", e -> e.getMessage().setBody("0530 123 45 67"));

        assertOnlyRequest("/add-blacklist", "<request>" + AUTH + "<blacklist><number>+905301234567</number></blacklist></request>");
        IletiMerkeziResponse response = exchange.getMessage().getBody(IletiMerkeziResponse.class);
        assertThat(response.getCode()).isEqualTo(200);
        assertThat(response.getOperation()).isEqualTo("addToBlacklist");
        assertThat(exchange.getMessage().getHeader(IletiMerkeziConstants.STATUS_CODE)).isEqualTo(200);
    }

    @Test
    void removeUsesDeleteBlacklistWithTheSameBody() {
        wireMock.stubFor(post("/delete-blacklist").willReturn(sampleAnswer(200, "success-no-payload.xml")));

        template.sendBodyAndHeader("iletimerkezi:removeFromBlacklist", null, IletiMerkeziConstants.RECIPIENTS, "905301234567");

        assertOnlyRequest("/delete-blacklist", "<request>" + AUTH + "<blacklist><number>+905301234567</number></blacklist></request>");
    }

    @Test
    void aListBodyIsOneCallPerNumberWithAnAnswerEach() {
        wireMock.stubFor(post("/add-blacklist").willReturn(sampleAnswer(200, "success-no-payload.xml")));
        wireMock.stubFor(post("/add-blacklist").withRequestBody(containing("+905301234568"))
                .willReturn(sampleAnswer(466, "blacklist-466.xml")));

        Exchange exchange = template.request("iletimerkezi:addToBlacklist?throwExceptionOnFailure=false",
                e -> e.getMessage().setBody(List.of("5301234567", "5301234568", "+44 7700 900123")));

        List<LoggedRequest> requests = wireMock.findAll(postRequestedFor(urlEqualTo("/add-blacklist")));
        assertThat(requests).extracting(r -> new String(r.getBody(), StandardCharsets.UTF_8)).containsExactly(
                "<request>" + AUTH + "<blacklist><number>+905301234567</number></blacklist></request>",
                "<request>" + AUTH + "<blacklist><number>+905301234568</number></blacklist></request>",
                "<request>" + AUTH + "<blacklist><number>+447700900123</number></blacklist></request>");
        List<?> answers = exchange.getMessage().getBody(List.class);
        assertThat(answers).extracting(a -> ((IletiMerkeziResponse) a).getCode()).containsExactly(200, 466, 200);
        assertThat(exchange.getMessage().getHeader(IletiMerkeziConstants.STATUS_CODE)).isEqualTo(466);
        assertThat(exchange.getMessage().getHeader(IletiMerkeziConstants.STATUS_MESSAGE)).isEqualTo("Hatalı numara.");
    }

    @Test
    void aRefusedNumberRaisesAfterEveryNumberWasTried() {
        wireMock.stubFor(post("/add-blacklist").willReturn(sampleAnswer(200, "success-no-payload.xml")));
        wireMock.stubFor(post("/add-blacklist").withRequestBody(containing("+905301234567"))
                .willReturn(sampleAnswer(466, "blacklist-466.xml")));

        Exchange exchange = template.send("iletimerkezi:addToBlacklist",
                e -> e.getMessage().setBody("5301234567,5301234568"));

        assertThat(exchange.getException()).isInstanceOf(IletiMerkeziException.class);
        IletiMerkeziException failure = (IletiMerkeziException) exchange.getException();
        assertThat(failure.getStatusCode()).isEqualTo(466);
        assertThat(failure.getOperation()).isEqualTo("addToBlacklist");
        wireMock.verify(2, postRequestedFor(urlEqualTo("/add-blacklist")));
        assertThat(exchange.getMessage().getBody(List.class)).hasSize(2);
    }

    @Test
    void aBadNumberAnywhereStopsTheWholeListBeforeAnyCall() {
        assertThatThrownBy(() -> template.sendBody("iletimerkezi:removeFromBlacklist", List.of("5301234567", "12ab")))
                .isInstanceOf(CamelExecutionException.class).cause()
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("number 2 '12ab' is not a mobile number");
        assertThatThrownBy(() -> template.sendBody("iletimerkezi:addToBlacklist", null))
                .cause().hasMessageContaining("number is missing");
        wireMock.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void listReadsCountAndNumbersAndSendsPaging() {
        wireMock.stubFor(post("/get-blacklist").willReturn(sampleAnswer(200, "blacklist-list.xml")));

        Exchange exchange = template.request("iletimerkezi:blacklist?rowCount=500", e -> {
            e.getMessage().setHeader(IletiMerkeziConstants.PAGE, 2);
        });

        assertOnlyRequest("/get-blacklist", "<request>" + AUTH + "<blacklist><page>2</page><rowCount>500</rowCount></blacklist></request>");
        IletiMerkeziResponse response = exchange.getMessage().getBody(IletiMerkeziResponse.class);
        BlacklistPage page = response.getPayload(BlacklistPage.class);
        assertThat(page.count()).isEqualTo(334L);
        assertThat(page.numbers()).containsExactly("+905558650220", "+905050047824");
        assertThat(page.pageCount(100)).isEqualTo(4);
        assertThat(response.toMap()).containsEntry("blacklist",
                Map.of("count", "334", "number", List.of("+905558650220", "+905050047824")));
    }

    @Test
    void listRangeFromJavaTimeOrTheProviderText() {
        wireMock.stubFor(post("/get-blacklist").willReturn(sampleAnswer(200, "blacklist-list.xml")));

        template.sendBodyAndHeaders("iletimerkezi:blacklist", null, Map.of(
                IletiMerkeziConstants.START, ZonedDateTime.of(2027, 1, 20, 10, 45, 30, 0, ZoneOffset.UTC),
                IletiMerkeziConstants.END, LocalDate.of(2027, 1, 31)));
        template.sendBody("iletimerkezi:blacklist", BlacklistQuery.firstPage().start("2027-01-01 00:00:00").rowCount(10));

        List<LoggedRequest> requests = wireMock.findAll(postRequestedFor(urlEqualTo("/get-blacklist")));
        assertThat(requests).extracting(r -> new String(r.getBody(), StandardCharsets.UTF_8)).containsExactly(
                "<request>" + AUTH + "<blacklist><filter><start>2027-01-20 13:45:30</start><end>2027-01-31 23:59:59</end>"
                + "</filter><page>1</page><rowCount>1000</rowCount></blacklist></request>",
                "<request>" + AUTH + "<blacklist><filter><start>2027-01-01 00:00:00</start></filter><page>1</page>"
                + "<rowCount>10</rowCount></blacklist></request>");
    }

    @Test
    void badRangeOrPagingIsRefusedBeforeSending() {
        assertThatThrownBy(() -> template.sendBodyAndHeader("iletimerkezi:blacklist", null, IletiMerkeziConstants.START, "20/01/2027"))
                .cause().isInstanceOf(IllegalArgumentException.class).hasMessageContaining("start '20/01/2027'");
        assertThatThrownBy(() -> template.sendBodyAndHeader("iletimerkezi:blacklist", null, IletiMerkeziConstants.ROW_COUNT, 1001))
                .cause().hasMessageContaining("rowCount must be between 1 and 1000");
        wireMock.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void wrongCredentialsAreAnError() {
        wireMock.stubFor(post("/get-blacklist").willReturn(xmlAnswer(401,
                "<response><status><code>401</code><message>Üyelik bilgileri hatalı</message></status></response>")));

        assertThatThrownBy(() -> template.sendBody("iletimerkezi:blacklist", null)).cause()
                .isInstanceOf(IletiMerkeziException.class)
                .satisfies(e -> assertThat(((IletiMerkeziException) e).getStatusCode()).isEqualTo(401));
    }

    @Test
    void theOperationHeaderReachesTheBlacklist() {
        wireMock.stubFor(post("/get-blacklist").willReturn(sampleAnswer(200, "blacklist-list.xml")));

        IletiMerkeziResponse response = template.requestBodyAndHeader("iletimerkezi:send", null,
                IletiMerkeziConstants.OPERATION, "BLACKLIST", IletiMerkeziResponse.class);

        assertThat(response.getPayload(BlacklistPage.class).numbers()).hasSize(2);
    }

    private static void assertOnlyRequest(String url, String expectedBody) {
        List<LoggedRequest> requests = wireMock.findAll(postRequestedFor(urlEqualTo(url)));
        assertThat(requests).hasSize(1);
        assertThat(requests.get(0).getHeader("Content-Type")).isEqualToIgnoringCase("text/xml; charset=utf-8");
        assertThat(new String(requests.get(0).getBody(), StandardCharsets.UTF_8)).isEqualTo(expectedBody);
    }

    @Test
    void noStaxFactoryIsSharedBetweenThreads() {
        // the StAX API does not promise a factory is safe to share; the blacklist reader builds one per read
        assertThat(java.util.Arrays.stream(BlacklistXml.class.getDeclaredFields())
                .filter(field -> java.lang.reflect.Modifier.isStatic(field.getModifiers())))
                .noneMatch(field -> javax.xml.stream.XMLInputFactory.class.isAssignableFrom(field.getType()));
    }
}
