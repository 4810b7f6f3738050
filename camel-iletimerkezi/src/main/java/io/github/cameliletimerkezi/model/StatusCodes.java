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
package io.github.cameliletimerkezi.model;

import java.util.Map;

/**
 * The provider's request status codes with their Turkish wire message and an English meaning. The code, never the
 * message, decides the outcome: the provider changes its wording from time to time.
 */
public final class StatusCodes {

    public static final int OK = 200;
    public static final int ORDER_NOT_FOUND = 455;
    public static final int ORDER_NOT_STARTED = 456;

    private record Entry(String turkish, String english) {
    }

    private static final Map<Integer, Entry> CODES = Map.ofEntries(
            Map.entry(200, new Entry("İşlem başarılı", "successful operation")),
            Map.entry(400, new Entry("İstek çözümlenemedi", "request could not be processed")),
            Map.entry(401, new Entry("Üyelik bilgileri hatalı", "membership details incorrect: check username and password,"
                    + " or publicKey with secretKey or apiHash, and that API access is switched on in the panel"
                    + " (Settings, Security, API Access)")),
            Map.entry(402, new Entry("Bakiye yetersiz", "insufficient balance")),
            Map.entry(403, new Entry("Aktif abonelik bulunamadı", "no active subscription")),
            Map.entry(404, new Entry("API istek yapılan yönteme sahip değil", "API does not support the requested method")),
            Map.entry(422, new Entry("İstek içerisindeki değerler doğrulanamadı.", "values in the request could not be validated")),
            Map.entry(450, new Entry("Gönderilen başlık kullanıma uygun değil", "sender title not valid")),
            Map.entry(451, new Entry("Tekrar eden sipariş", "duplicate order")),
            Map.entry(452, new Entry("Mesaj alıcıları hatalı", "invalid message recipients")),
            Map.entry(453, new Entry("Sipariş boyutu aşıldı", "order size exceeded")),
            Map.entry(454, new Entry("Mesaj metni boş", "message text is empty")),
            Map.entry(455, new Entry("Sipariş bulunamadı", "order not found")),
            Map.entry(456, new Entry("Sipariş gönderim tarihi henüz gelmedi", "order send date not yet arrived")),
            Map.entry(457, new Entry("Mesaj gönderim tarihinin formatı hatalı", "invalid send date format")),
            Map.entry(458, new Entry("Tarih aralığı hatalı", "invalid date range")),
            Map.entry(459, new Entry("Başlık kısmı boş olamaz", "sender cannot be empty")),
            Map.entry(460, new Entry("Başlık 11 karakterden fazla olmamalı ve Türkçe karakter içermemelidir.",
                    "sender must be at most 11 characters without Turkish letters")),
            Map.entry(461, new Entry("Grup adını boş bırakamazsınız.", "group name blank")),
            Map.entry(462, new Entry("Grup id alanını boş bırakamazsınız.", "group id blank")),
            Map.entry(463, new Entry("Böyle bir grup bulunamadı.", "no such group")),
            Map.entry(464, new Entry("Page değeri 1 den başlamalı.", "page must start from 1")),
            Map.entry(465, new Entry("Kişi bulunamadı.", "no person found")),
            Map.entry(466, new Entry("Hatalı numara.", "invalid number")),
            Map.entry(467, new Entry("Evrak bilgisi eksik.", "document information missing")),
            Map.entry(468, new Entry("IYS üzerinden sorgulama yapılıp, yapılmayacağını ayarlamalısınız.",
                    "must set whether to query via IYS")),
            Map.entry(469, new Entry("IYS listenizi seçmelisiniz, BIREYSEL veya TACIR.", "must choose IYS list")),
            Map.entry(470, new Entry("IYS kodunuzu ayarlamalısınız.", "must configure IYS code")),
            Map.entry(471, new Entry("Arama terimi en az 3 karakter olmalıdır", "search term must be at least 3 characters")),
            Map.entry(472, new Entry("Ad, soyad, cep telefonu, email alanlarından en az biri dolu olmalıdır.",
                    "one of name, surname, phone or email is required")),
            Map.entry(473, new Entry("Özel alan bulunamadı.", "custom field not found")),
            Map.entry(503, new Entry("Sunucu geçici olarak servis dışı", "server temporarily unavailable")));

    private StatusCodes() {
    }

    /** The provider's own (Turkish) message for a code, or null for a code the table does not know. */
    public static String providerMessage(int code) {
        Entry entry = CODES.get(code);
        return entry == null ? null : entry.turkish();
    }

    /** An English meaning for a code; "unknown status" for a code the table does not know. */
    public static String meaning(int code) {
        Entry entry = CODES.get(code);
        return entry == null ? "unknown status" : entry.english();
    }
}
