package io.github.cameliletimerkezi;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.github.cameliletimerkezi.client.IletiMerkeziException;
import io.github.cameliletimerkezi.client.IletiMerkeziRedirectException;
import io.github.cameliletimerkezi.inbox.InboxPage;
import io.github.cameliletimerkezi.model.IletiMerkeziResponse;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every answer, XML and JSON, goes through one reader: the same 4 MiB cap with the same error, whether the length is
 * declared or the body is chunked; a byte-order mark is part of the encoding, not of the document; and a redirect on
 * the JSON path is a redirect.
 */
class AnswerBoundsTest extends IletiMerkeziTestSupport {

    private static final String LIMIT_ERROR = "got an unreadable answer (HTTP 200): the answer is larger than 4194304 bytes";
    private static final byte[] UTF8_BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

    @Test
    void anAcceptedSendWithAByteOrderMarkIsReadAsAccepted() {
        wireMock.stubFor(post("/send-sms").willReturn(bytes("text/xml; charset=utf-8",
                withBom(sample("send-success.xml")))));

        Exchange exchange = send();

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getHeader(IletiMerkeziConstants.ORDER_ID)).isEqualTo("00002");
        assertThat(exchange.getMessage().getHeader(IletiMerkeziConstants.STATUS_CODE)).isEqualTo(200);
    }

    @Test
    void aByteOrderMarkIsReadWithoutADeclaredCharsetAndWithoutAnXmlDeclaration() {
        String bare = "<response><status><code>200</code><message>İşlem başarılı</message></status>"
                      + "<order><id>77</id></order></response>";
        wireMock.stubFor(post("/send-sms").willReturn(bytes("text/xml", withBom(bare))));

        Exchange exchange = send();

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getBody(IletiMerkeziResponse.class).getMessage()).isEqualTo("İşlem başarılı");
        assertThat(exchange.getMessage().getHeader(IletiMerkeziConstants.ORDER_ID)).isEqualTo("77");
    }

    @Test
    void anAnswerInTheEncodingItDeclaresIsRead() {
        String xml = "<?xml version=\"1.0\" encoding=\"ISO-8859-9\"?><response><status><code>200</code>"
                     + "<message>İşlem başarılı</message></status><order><id>78</id></order></response>";
        wireMock.stubFor(post("/send-sms").willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/xml")
                .withBody(xml.getBytes(java.nio.charset.Charset.forName("ISO-8859-9")))));

        Exchange exchange = send();

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getBody(IletiMerkeziResponse.class).getMessage()).isEqualTo("İşlem başarılı");
    }

    @Test
    void aJsonAnswerWithAByteOrderMarkIsRead() {
        wireMock.stubFor(post("/get-inbox/json").willReturn(bytes("application/json",
                withBom(sample("inbox-constructed.json")))));

        Exchange exchange = template.request("iletimerkezi:inbox", e -> {
        });

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getBody(IletiMerkeziResponse.class).getPayload(InboxPage.class).messages())
                .isNotEmpty();
    }

    @Test
    void aJsonAnswerOverTheCapIsRefusedWithTheXmlAnswersError() {
        String huge = "{\"response\":{\"status\":{\"code\":200},\"inbox\":{\"message\":[\"" + "x".repeat(4 * 1024 * 1024)
                      + "\"]}}}";
        wireMock.stubFor(post("/get-inbox/json").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(huge)));

        Exchange json = template.request("iletimerkezi:inbox", e -> {
        });

        // the XML side of the same cap and message: FaultMatrixTest
        assertThat(json.getException()).isInstanceOf(IletiMerkeziException.class).hasMessageContaining("inbox " + LIMIT_ERROR);
    }

    @Test
    void aChunkedJsonAnswerOverTheCapIsRefusedToo() {
        String huge = "{\"response\":{\"status\":{\"code\":200},\"inbox\":{\"message\":[\"" + "x".repeat(4 * 1024 * 1024)
                      + "\"]}}}";
        wireMock.stubFor(post("/get-inbox/json").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(huge).withChunkedDribbleDelay(4, 20)));

        Exchange json = template.request("iletimerkezi:inbox", e -> {
        });

        assertThat(json.getException()).isInstanceOf(IletiMerkeziException.class).hasMessageContaining("inbox " + LIMIT_ERROR);
    }

    @Test
    void aRedirectOnTheJsonPathIsReportedAsARedirect() {
        wireMock.stubFor(post("/get-inbox/json").willReturn(aResponse().withStatus(307)
                .withHeader("Location", "https://elsewhere.example:8443/get-inbox/json")));

        Exchange exchange = template.request("iletimerkezi:inbox", e -> {
        });

        assertThat(exchange.getException()).isInstanceOf(IletiMerkeziRedirectException.class)
                .hasMessageContaining("HTTP 307").hasMessageContaining("elsewhere.example:8443");
        assertThat(((IletiMerkeziRedirectException) exchange.getException()).getStatusCode()).isEqualTo(307);
    }

    private Exchange send() {
        return template.request("iletimerkezi:send", e -> {
            e.getMessage().setBody("Merhaba");
            e.getMessage().setHeader(IletiMerkeziConstants.RECIPIENTS, PHONE);
        });
    }

    private static byte[] withBom(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(UTF8_BOM);
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static ResponseDefinitionBuilder bytes(String contentType, byte[] body) {
        return aResponse().withStatus(200).withHeader("Content-Type", contentType).withBody(body);
    }
}
