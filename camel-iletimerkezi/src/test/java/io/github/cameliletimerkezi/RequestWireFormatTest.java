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

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.cameliletimerkezi.client.Credentials;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;



import static com.github.tomakehurst.wiremock.client.WireMock.equalToXml;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation's request, byte for byte, against the samples of the provider's wire format, in both
 * authentication modes.
 */
class RequestWireFormatTest extends IletiMerkeziTestSupport {

    private static final String USER_AUTH
            = "<authentication><username>USERNAME</username><password>PASSWORD</password></authentication>";
    private static final String HMAC_OF_PUBLIC_KEY = "b6a736a4b6739ac56db7e903b0ef55bda82fca63fac55d4bd1d6d62c54888b22";
    private static final String TOKEN_AUTH
            = "<authentication><key>public_key</key><hash>" + HMAC_OF_PUBLIC_KEY + "</hash></authentication>";
    private static final String TOKEN_URI = "publicKey=public_key&secretKey=secret_key";

    @Test
    void hashIsTheHmacOfThePublicKeyKeyedWithTheSecret() {
        assertThat(Credentials.hmacSha256Hex("secret_key", "public_key")).isEqualTo(HMAC_OF_PUBLIC_KEY);
    }

    @Test
    void sendOneTextMatchesTheProviderSample() {
        wireMock.stubFor(post("/send-sms").willReturn(sampleAnswer(200, "send-success.xml")));

        template.sendBodyAndHeaders("iletimerkezi:send", "Test Message", Map.of(
                IletiMerkeziConstants.RECIPIENTS, PHONE,
                IletiMerkeziConstants.SEND_DATE_TIME, "15/09/2020 11:00"));

        assertOnlyRequest("/send-sms", "<request>" + USER_AUTH
                                       + "<order><sender>APITEST</sender><sendDateTime>15/09/2020 11:00</sendDateTime>"
                                       + "<message><text>Test Message</text><receipents><number>" + PHONE
                                       + "</number></receipents></message></order></request>");
    }

    @Test
    void sendManyTextsInOneOrderMatchesTheProviderSample() {
        wireMock.stubFor(post("/send-sms").willReturn(sampleAnswer(200, "send-success.xml")));

        template.sendBody("iletimerkezi:send", Map.of(
                "send_datetime", "15/09/2020 11:00",
                "messages", List.of(
                        Map.of("text", "First Test Message", "phones", List.of(PHONE)),
                        Map.of("text", "Second Test Message", "phones", List.of(PHONE)))));

        assertOnlyRequest("/send-sms", "<request>" + USER_AUTH
                                       + "<order><sender>APITEST</sender><sendDateTime>15/09/2020 11:00</sendDateTime>"
                                       + "<message><text>First Test Message</text><receipents><number>" + PHONE
                                       + "</number></receipents></message>"
                                       + "<message><text>Second Test Message</text><receipents><number>" + PHONE
                                       + "</number></receipents></message></order></request>");
    }

    @Test
    void sendWithKeyHashAndIysMatchesTheDocumentedShape() {
        wireMock.stubFor(post("/send-sms").willReturn(sampleAnswer(200, "send-success.xml")));

        template.sendBodyAndHeaders("iletimerkezi:send?" + TOKEN_URI + "&sender=eMarka&iys=true&iysList=BIREYSEL",
                "Lorem ipsum", Map.of(IletiMerkeziConstants.RECIPIENTS, List.of("5301234569", "5301234570"),
                        IletiMerkeziConstants.SEND_DATE_TIME, "23/04/2022 09:00"));

        assertOnlyRequest("/send-sms", "<request>" + TOKEN_AUTH
                                       + "<order><sender>eMarka</sender><sendDateTime>23/04/2022 09:00</sendDateTime>"
                                       + "<iys>1</iys><iysList>BIREYSEL</iysList>"
                                       + "<message><text>Lorem ipsum</text><receipents><number>5301234569</number>"
                                       + "<number>5301234570</number></receipents></message></order></request>");
    }

    @Test
    void sendWithoutTimeOrIysLeavesThoseFieldsOut() {
        wireMock.stubFor(post("/send-sms").willReturn(sampleAnswer(200, "send-success.xml")));

        template.sendBodyAndHeader("iletimerkezi:send?iys=false", "Kod: 1234", IletiMerkeziConstants.RECIPIENTS,
                "+90 530 123 45 67");

        assertOnlyRequest("/send-sms", "<request>" + USER_AUTH + "<order><sender>APITEST</sender><iys>0</iys>"
                                       + "<message><text>Kod: 1234</text><receipents><number>+905301234567</number>"
                                       + "</receipents></message></order></request>");
    }

    @Test
    void cancelMatchesTheProviderSampleInBothAuthModes() {
        wireMock.stubFor(post("/cancel-order").willReturn(sampleAnswer(200, "cancel-success.xml")));

        template.sendBodyAndHeader("iletimerkezi:cancel", null, IletiMerkeziConstants.ORDER_ID, "100");
        template.sendBody("iletimerkezi:cancel?" + TOKEN_URI, "100");

        List<LoggedRequest> requests = wireMock.findAll(postRequestedFor(urlEqualTo("/cancel-order")));
        assertThat(requests).extracting(RequestWireFormatTest::body).containsExactly(
                "<request>" + USER_AUTH + "<order><id>100</id></order></request>",
                "<request>" + TOKEN_AUTH + "<order><id>100</id></order></request>");
    }

    @Test
    void balanceMatchesTheProviderSampleInBothAuthModes() {
        wireMock.stubFor(post("/get-balance").willReturn(sampleAnswer(200, "balance.xml")));

        template.requestBody("iletimerkezi:balance", (Object) null);
        template.requestBody("iletimerkezi:balance?" + TOKEN_URI, (Object) null);

        // JAXB writes the empty order as <order/>, the same XML as the provider client's <order></order>
        List<LoggedRequest> requests = wireMock.findAll(postRequestedFor(urlEqualTo("/get-balance")));
        assertThat(requests).extracting(RequestWireFormatTest::body).containsExactly(
                "<request>" + USER_AUTH + "<order/></request>",
                "<request>" + TOKEN_AUTH + "<order/></request>");
        assertThat(equalToXml("<request>" + USER_AUTH + "<order></order></request>").match(body(requests.get(0))).isExactMatch())
                .isTrue();
    }

    @Test
    void reportMatchesTheDocumentedSampleWithRowCountSpelledAsTheApiDoes() {
        wireMock.stubFor(post("/get-report").willReturn(sampleAnswer(200, "report-docs.xml")));

        template.requestBodyAndHeader("iletimerkezi:report?publicKey=demo&apiHash=demo&rowCount=5", "428",
                IletiMerkeziConstants.PAGE, 1);
        template.requestBody("iletimerkezi:report?orderId=428", (Object) null);

        List<LoggedRequest> requests = wireMock.findAll(postRequestedFor(urlEqualTo("/get-report")));
        assertThat(requests).extracting(RequestWireFormatTest::body).containsExactly(
                "<request><authentication><key>demo</key><hash>demo</hash></authentication>"
                                                                                       + "<order><id>428</id><page>1</page><rowCount>5</rowCount></order></request>",
                "<request>" + USER_AUTH + "<order><id>428</id><page>1</page><rowCount>1000</rowCount></order></request>");
    }

    @Test
    void sendersSendsTheAuthenticationOnlyInBothAuthModes() {
        wireMock.stubFor(post("/get-sender").willReturn(sampleAnswer(200, "senders.xml")));

        template.requestBody("iletimerkezi:senders", (Object) null);
        template.requestBody("iletimerkezi:senders?" + TOKEN_URI, (Object) null);

        List<LoggedRequest> requests = wireMock.findAll(postRequestedFor(urlEqualTo("/get-sender")));
        assertThat(requests).extracting(RequestWireFormatTest::body).containsExactly(
                "<request>" + USER_AUTH + "</request>",
                "<request>" + TOKEN_AUTH + "</request>");
    }

    @Test
    void statusAsksForTheBalance() {
        wireMock.stubFor(post("/get-balance").willReturn(sampleAnswer(200, "balance.xml")));

        Object up = template.requestBody("iletimerkezi:status", (Object) null);

        assertThat(up).isEqualTo(Boolean.TRUE);
        assertOnlyRequest("/get-balance", "<request>" + USER_AUTH + "<order/></request>");
    }

    @Test
    void accountPostsTheLegacyUserInfoRequestToTheAccountUrl() {
        wireMock.stubFor(post("/index.php?function=api&obj1=getUserInfo").willReturn(sampleAnswer(200, "account-info.xml")));

        template.requestBody("iletimerkezi:account?accountUrl=RAW(" + wireMock.baseUrl()
                             + "/index.php?function=api&obj1=getUserInfo)",
                (Object) null);

        assertOnlyRequest("/index.php?function=api&obj1=getUserInfo",
                "<userInfo><userName>USERNAME</userName><userPassword>PASSWORD</userPassword></userInfo>");
    }

    @Test
    void accountUsesUsernameAndPasswordEvenWhenAnApiKeyIsSet() {
        wireMock.stubFor(post("/account").willReturn(sampleAnswer(200, "account-info.xml")));
        wireMock.stubFor(post("/get-balance").willReturn(sampleAnswer(200, "balance.xml")));

        template.requestBody("iletimerkezi:account?" + TOKEN_URI + "&accountUrl=" + wireMock.baseUrl() + "/account",
                (Object) null);
        template.requestBody("iletimerkezi:balance?" + TOKEN_URI, (Object) null);

        assertOnlyRequest("/account",
                "<userInfo><userName>USERNAME</userName><userPassword>PASSWORD</userPassword></userInfo>");
        assertOnlyRequest("/get-balance", "<request>" + TOKEN_AUTH + "<order/></request>");
    }

    @Test
    void xmlSpecialCharactersAndTurkishLettersReachTheServerIntact() throws Exception {
        wireMock.stubFor(post("/send-sms").willReturn(sampleAnswer(200, "send-success.xml")));
        String text = "Şükrü & Çağla <b>İndirim</b> ]]> %50 \"ığüşöç\" 'ĞÜŞİÖÇ' €";

        template.sendBodyAndHeader("iletimerkezi:send", text, IletiMerkeziConstants.RECIPIENTS, PHONE);

        LoggedRequest request = wireMock.findAll(postRequestedFor(urlEqualTo("/send-sms"))).get(0);
        // the client sends "text/xml; charset=utf-8"; WireMock's server upper-cases the charset name when it records it
        assertThat(request.getHeader("Content-Type")).isEqualToIgnoringCase("text/xml; charset=utf-8");
        Document parsed = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(request.getBody()));
        assertThat(parsed.getElementsByTagName("text").item(0).getTextContent()).isEqualTo(text);
        assertThat(body(request)).contains("Şükrü &amp; Çağla &lt;b&gt;İndirim&lt;/b&gt; ]]&gt;");
    }

    private static void assertOnlyRequest(String url, String expectedBody) {
        List<LoggedRequest> requests = findAllOn(url);
        assertThat(requests).hasSize(1);
        LoggedRequest request = requests.get(0);
        assertThat(request.getMethod().getName()).isEqualTo("POST");
        // the client sends "text/xml; charset=utf-8"; WireMock's server upper-cases the charset name when it records it
        assertThat(request.getHeader("Content-Type")).isEqualToIgnoringCase("text/xml; charset=utf-8");
        assertThat(body(request)).isEqualTo(expectedBody);
    }

    private static List<LoggedRequest> findAllOn(String url) {
        return wireMock.findAll(postRequestedFor(urlEqualTo(url)));
    }

    private static String body(LoggedRequest request) {
        return new String(request.getBody(), StandardCharsets.UTF_8);
    }


}
