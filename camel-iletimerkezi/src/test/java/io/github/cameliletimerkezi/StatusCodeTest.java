package io.github.cameliletimerkezi;

import io.github.cameliletimerkezi.client.IletiMerkeziException;
import java.util.stream.Stream;

import io.github.cameliletimerkezi.model.IletiMerkeziResponse;
import io.github.cameliletimerkezi.model.StatusCodes;
import org.apache.camel.Exchange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every status code of the provider's table reaches the caller with its code and message: as an
 * {@link IletiMerkeziException} by default, as an error response with {@code throwExceptionOnFailure=false}.
 */
class StatusCodeTest extends IletiMerkeziTestSupport {

    static Stream<Arguments> codes() {
        return Stream.of(
                Arguments.of(400, "İstek çözümlenemedi"),
                Arguments.of(401, "Üyelik bilgileri hatalı"),
                Arguments.of(402, "Bakiye yetersiz"),
                Arguments.of(403, "Aktif abonelik bulunamadı"),
                Arguments.of(404, "API istek yapılan yönteme sahip değil"),
                Arguments.of(422, "İstek içerisindeki değerler doğrulanamadı."),
                Arguments.of(450, "Gönderilen başlık kullanıma uygun değil"),
                Arguments.of(451, "Tekrar eden sipariş"),
                Arguments.of(452, "Mesaj alıcıları hatalı"),
                Arguments.of(453, "Sipariş boyutu aşıldı"),
                Arguments.of(454, "Mesaj metni boş"),
                Arguments.of(455, "Sipariş bulunamadı"),
                Arguments.of(456, "Sipariş gönderim tarihi henüz gelmedi"),
                Arguments.of(457, "Mesaj gönderim tarihinin formatı hatalı"),
                Arguments.of(458, "Tarih aralığı hatalı"),
                Arguments.of(459, "Başlık kısmı boş olamaz"),
                Arguments.of(460, "Başlık 11 karakterden fazla olmamalı ve Türkçe karakter içermemelidir."),
                Arguments.of(461, "Grup adını boş bırakamazsınız."),
                Arguments.of(462, "Grup id alanını boş bırakamazsınız."),
                Arguments.of(463, "Böyle bir grup bulunamadı."),
                Arguments.of(464, "Page değeri 1 den başlamalı."),
                Arguments.of(465, "Kişi bulunamadı."),
                Arguments.of(466, "Hatalı numara."),
                Arguments.of(467, "Evrak bilgisi eksik."),
                Arguments.of(468, "IYS üzerinden sorgulama yapılıp, yapılmayacağını ayarlamalısınız."),
                Arguments.of(469, "IYS listenizi seçmelisiniz, BIREYSEL veya TACIR."),
                Arguments.of(470, "IYS kodunuzu ayarlamalısınız."),
                Arguments.of(471, "Arama terimi en az 3 karakter olmalıdır"),
                Arguments.of(472, "Ad, soyad, cep telefonu, email alanlarından en az biri dolu olmalıdır."),
                Arguments.of(473, "Özel alan bulunamadı."),
                Arguments.of(503, "Sunucu geçici olarak servis dışı"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("codes")
    void errorCodeRaisesTheExceptionWithCodeMessageAndOperation(int code, String message) {
        wireMock.stubFor(post("/send-sms").willReturn(xmlAnswer(code, statusBody(code, message))));

        Exchange exchange = template.request("iletimerkezi:send", e -> {
            e.getMessage().setBody("Merhaba");
            e.getMessage().setHeader(IletiMerkeziConstants.RECIPIENTS, PHONE);
        });

        IletiMerkeziException exception = exchange.getException(IletiMerkeziException.class);
        assertThat(exception).isNotNull();
        assertThat(exception.getStatusCode()).isEqualTo(code);
        assertThat(exception.getStatusMessage()).isEqualTo(message);
        assertThat(exception.getOperation()).isEqualTo("send");
        assertThat(exception.getMessage()).contains("send", String.valueOf(code), message, StatusCodes.meaning(code));
        assertThat(exception.getResponse().getCode()).isEqualTo(code);
        assertThat(exchange.getMessage().getHeader(IletiMerkeziConstants.STATUS_CODE)).isEqualTo(code);
        assertThat(exchange.getMessage().getHeader(IletiMerkeziConstants.STATUS_MESSAGE)).isEqualTo(message);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("codes")
    void errorCodeComesBackAsAnErrorResponseWhenExceptionsAreOff(int code, String message) {
        wireMock.stubFor(post("/get-balance").willReturn(xmlAnswer(code, statusBody(code, message))));

        Exchange exchange = template.request("iletimerkezi:balance?throwExceptionOnFailure=false", e -> {
        });

        assertThat(exchange.getException()).isNull();
        IletiMerkeziResponse response = exchange.getMessage().getBody(IletiMerkeziResponse.class);
        assertThat(response.isError()).isTrue();
        assertThat(response.getCode()).isEqualTo(code);
        assertThat(response.getMessage()).isEqualTo(message);
        assertThat(exchange.getMessage().getHeader(IletiMerkeziConstants.STATUS_CODE)).isEqualTo(code);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("codes")
    void statusCodeInTheBodyWinsOverTheHttpStatus(int code, String message) {
        // the provider mirrors its code in the HTTP status, but a proxy may answer 200 around an error body
        wireMock.stubFor(post("/get-balance").willReturn(xmlAnswer(200, statusBody(code, message))));

        IletiMerkeziResponse response = template.requestBody("iletimerkezi:balance?throwExceptionOnFailure=false", null,
                IletiMerkeziResponse.class);

        assertThat(response.getCode()).isEqualTo(code);
    }

    private static String statusBody(int code, String message) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<response><status><code>" + code + "</code><message>" + message
               + "</message></status></response>";
    }
}
