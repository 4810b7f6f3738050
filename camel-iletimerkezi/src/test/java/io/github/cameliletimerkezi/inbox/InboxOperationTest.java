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
package io.github.cameliletimerkezi.inbox;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.cameliletimerkezi.IletiMerkeziConstants;
import io.github.cameliletimerkezi.IletiMerkeziEndpoint;
import io.github.cameliletimerkezi.IletiMerkeziTestSupport;
import io.github.cameliletimerkezi.api.IletiMerkeziClient;
import io.github.cameliletimerkezi.client.IletiMerkeziException;
import io.github.cameliletimerkezi.model.IletiMerkeziResponse;
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
 * The inbox operation over {@code get-inbox/json} (reference §3.11): the documented request (authentication only) byte
 * for byte, the answer of the constructed sample read into typed messages, later pages, the time range, the errors,
 * and bad input refused before anything is sent.
 */
public class InboxOperationTest extends IletiMerkeziTestSupport {

    private static final String PATH = "/get-inbox/json";
    private static final String AUTH = "{\"authentication\":{\"username\":\"USERNAME\",\"password\":\"PASSWORD\"}";

    @Test
    void theDocumentedRequestIsAuthenticationOnlyAndTheAnswerIsReadIntoMessages() {
        wireMock.stubFor(post(PATH).willReturn(json(200, sample("inbox-constructed.json"))));

        Exchange exchange = template.request("iletimerkezi:inbox", e -> {
        });

        assertThat(exchange.getException()).isNull();
        List<LoggedRequest> requests = wireMock.findAll(postRequestedFor(urlEqualTo(PATH)));
        assertThat(requests).hasSize(1);
        assertThat(requests.get(0).getHeader("Content-Type")).isEqualToIgnoringCase("application/json; charset=utf-8");
        assertThat(new String(requests.get(0).getBody(), StandardCharsets.UTF_8)).isEqualTo("{\"request\":" + AUTH + "}}");
        assertThat(exchange.getMessage().getHeader(IletiMerkeziConstants.STATUS_CODE)).isEqualTo(200);
        assertThat(exchange.getMessage().getHeader(IletiMerkeziConstants.STATUS_MESSAGE)).isEqualTo("İşlem başarılı");

        IletiMerkeziResponse response = exchange.getMessage().getBody(IletiMerkeziResponse.class);
        assertThat(response.getOperation()).isEqualTo("inbox");
        InboxPage page = response.getPayload(InboxPage.class);
        assertThat(page.totalRows()).isEqualTo(3);
        assertThat(page.page()).isEqualTo(1);
        assertThat(page.rows()).isEqualTo(3);
        assertThat(page.messages()).extracting(InboxMessage::id).containsExactly("7001", "7002", "7003");
        InboxMessage first = page.messages().get(0);
        assertThat(first.sender()).isEqualTo("+905301234567");
        assertThat(first.receiver()).isEqualTo("7889");
        assertThat(first.text()).isEqualTo("ABC RET");
        assertThat(first.receivedAt()).isEqualTo(LocalDateTime.of(2026, 4, 29, 10, 15, 2));
        assertThat(first.key()).isEqualTo("7001");
        assertThat(first.toMap()).containsExactly(Map.entry("id", "7001"), Map.entry("sender", "+905301234567"),
                Map.entry("receiver", "7889"), Map.entry("text", "ABC RET"), Map.entry("date", "2026-04-29 10:15:02"));
        assertThat(page.messages().get(2).text()).isEqualTo("Rezervasyon 2 kişi, çarşamba 19:00");
        assertThat(page.toMap()).containsEntry("totalRows", 3).containsEntry("page", 1);
        assertThat(response.toMap()).containsKey("inbox");
    }

    @Test
    void aLaterPageAddsThePageAndTheRangeIsAppliedToWhatIsListed() {
        wireMock.stubFor(post(PATH).willReturn(json(200, sample("inbox-constructed.json"))));

        InboxPage page = template.requestBodyAndHeaders("iletimerkezi:inbox", null, Map.of(
                IletiMerkeziConstants.PAGE, 2,
                IletiMerkeziConstants.START, "2026-04-29 10:16:00",
                IletiMerkeziConstants.END, LocalDateTime.of(2026, 4, 29, 11, 0)), IletiMerkeziResponse.class)
                .getPayload(InboxPage.class);

        assertThat(new String(wireMock.findAll(postRequestedFor(urlEqualTo(PATH))).get(0).getBody(), StandardCharsets.UTF_8))
                .isEqualTo("{\"request\":" + AUTH + ",\"inbox\":{\"page\":2}}}");
        assertThat(page.page()).isEqualTo(2);
        assertThat(page.rows()).isEqualTo(3);
        assertThat(page.messages()).extracting(InboxMessage::id).containsExactly("7002");
    }

    @Test
    void anInboxQueryBodyIsTakenAsItIs() {
        wireMock.stubFor(post(PATH).willReturn(json(200, sample("inbox-constructed.json"))));

        InboxPage page = template.requestBody("iletimerkezi:inbox", InboxQuery.firstPage().start(LocalDate.of(2026, 4, 29))
                .end("2026-04-29 10:59:59"), IletiMerkeziResponse.class).getPayload(InboxPage.class);

        assertThat(page.messages()).extracting(InboxMessage::id).containsExactly("7001", "7002");
    }

    @Test
    void anEmptyInboxAndAMessageWithoutIdOrReadableDate() {
        wireMock.stubFor(post(PATH).willReturn(json(200, "{\"response\":{\"status\":{\"code\":200,\"message\":\"İşlem başarılı\"},"
                                                         + "\"inbox\":{\"totalRows\":\"1\",\"message\":{\"date\":\"29/04/2026\","
                                                         + "\"sender\":\"905301234567\",\"text\":\" RET \"}}}}")));

        InboxPage page = template.requestBody("iletimerkezi:inbox", null, IletiMerkeziResponse.class).getPayload(InboxPage.class);

        InboxMessage message = page.messages().get(0);
        assertThat(message.id()).isNull();
        assertThat(message.text()).isEqualTo(" RET ");
        assertThat(message.receivedAt()).isNull();
        assertThat(message.key()).startsWith("sha256-").hasSize("sha256-".length() + 32);
        assertThat(message.fields()).containsEntry("date", "29/04/2026");

        wireMock.resetAll();
        wireMock.stubFor(post(PATH).willReturn(json(200, "{\"response\":{\"status\":{\"code\":200,\"message\":\"İşlem başarılı\"},"
                                                         + "\"inbox\":{\"totalRows\":\"0\",\"message\":[]}}}")));
        InboxPage empty = template.requestBody("iletimerkezi:inbox", null, IletiMerkeziResponse.class).getPayload(InboxPage.class);
        assertThat(empty.totalRows()).isZero();
        assertThat(empty.messages()).isEmpty();
    }

    @Test
    void wrongCredentialsFailWith401AndItsMessage() {
        wireMock.stubFor(post(PATH).willReturn(json(401,
                "{\"response\":{\"status\":{\"code\":401,\"message\":\"Üyelik bilgileri hatalı\"}}}")));

        Exchange exchange = template.request("iletimerkezi:inbox", e -> {
        });

        assertThat(exchange.getException()).isInstanceOf(IletiMerkeziException.class);
        IletiMerkeziException failure = (IletiMerkeziException) exchange.getException();
        assertThat(failure.getStatusCode()).isEqualTo(401);
        assertThat(failure.getStatusMessage()).isEqualTo("Üyelik bilgileri hatalı");
        assertThat(failure.getMessage()).doesNotContain(PASSWORD);
        assertThat(exchange.getMessage().getHeader(IletiMerkeziConstants.STATUS_CODE)).isEqualTo(401);
    }

    @Test
    void aMalformedRequestAnswer400AndAnUnknownPath404AreAnswersWithTheirCodes() {
        wireMock.stubFor(post(PATH).willReturn(json(400,
                "{\"response\":{\"status\":{\"code\":\"400\",\"message\":\"İstek çözümlenemedi\"}}}")));

        IletiMerkeziResponse answer = template.requestBody("iletimerkezi:inbox?throwExceptionOnFailure=false", null,
                IletiMerkeziResponse.class);
        assertThat(answer.getCode()).isEqualTo(400);
        assertThat(answer.isError()).isTrue();
        assertThat(answer.getPayload()).isNull();

        wireMock.resetAll();
        wireMock.stubFor(post(PATH).willReturn(json(404,
                "{\"response\":{\"status\":{\"code\":404,\"message\":\"Geçersiz istek\"}}}")));
        Exchange exchange = template.request("iletimerkezi:inbox", e -> {
        });
        assertThat(((IletiMerkeziException) exchange.getException()).getStatusCode()).isEqualTo(404);
    }

    @Test
    void anAnswerThatIsNotTheProvidersJsonIsAnUnreadableAnswer() {
        wireMock.stubFor(post(PATH).willReturn(aResponse().withStatus(502).withBody("<html>Bad gateway</html>")));

        Exchange exchange = template.request("iletimerkezi:inbox", e -> {
        });

        assertThat(exchange.getException()).isInstanceOf(IletiMerkeziException.class)
                .hasMessageContaining("unreadable answer (HTTP 502)");
    }

    @Test
    void badInputIsRefusedNamingTheFieldBeforeSending() {
        assertThatThrownBy(() -> template.sendBodyAndHeader("iletimerkezi:inbox", null, IletiMerkeziConstants.PAGE, 0))
                .cause().isInstanceOf(IllegalArgumentException.class).hasMessage("page must be 1 or more, was 0");
        assertThatThrownBy(() -> template.sendBodyAndHeader("iletimerkezi:inbox", null, IletiMerkeziConstants.PAGE, "two"))
                .cause().hasMessageContaining("CamelIletiMerkeziPage 'two' is not a whole number");
        assertThatThrownBy(() -> template.sendBodyAndHeader("iletimerkezi:inbox", null, IletiMerkeziConstants.START, "29/04/2026"))
                .cause().hasMessageContaining("start '29/04/2026' is not a date and time");
        assertThatThrownBy(() -> template.sendBodyAndHeaders("iletimerkezi:inbox", null, Map.of(
                IletiMerkeziConstants.START, "2026-04-29 12:00:00", IletiMerkeziConstants.END, "2026-04-29 11:00:00")))
                .cause().hasMessage("end 2026-04-29 11:00:00 is before start 2026-04-29 12:00:00");
        assertThatThrownBy(() -> InboxQuery.firstPage().page(-1)).hasMessage("page must be 1 or more, was -1");
        wireMock.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void thePlainClientReadsTheSameAnswer() throws Exception {
        wireMock.stubFor(post(PATH).willReturn(json(200, sample("inbox-constructed.json"))));
        template.sendBody("iletimerkezi:inbox", null);
        IletiMerkeziClient client = context.getEndpoint("iletimerkezi:inbox", IletiMerkeziEndpoint.class).getClient();

        IletiMerkeziResponse answer = client.inbox(null);

        assertThat(answer.getCode()).isEqualTo(200);
        assertThat(answer.getPayload(InboxPage.class).messages()).hasSize(3);
    }

    public static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json; charset=utf-8").withBody(body);
    }
}
