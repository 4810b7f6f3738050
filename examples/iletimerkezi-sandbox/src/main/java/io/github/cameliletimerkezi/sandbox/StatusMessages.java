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
package io.github.cameliletimerkezi.sandbox;

import java.util.Map;

/**
 * The provider's status messages for the codes the sandbox answers with.
 */
final class StatusMessages {

    private static final Map<Integer, String> MESSAGES = Map.ofEntries(
            Map.entry(200, "İşlem başarılı"),
            Map.entry(400, "İstek çözümlenemedi"),
            Map.entry(401, "Üyelik bilgileri hatalı"),
            Map.entry(402, "Bakiye yetersiz"),
            Map.entry(403, "Aktif abonelik bulunamadı"),
            Map.entry(404, "API istek yapılan yönteme sahip değil"),
            Map.entry(422, "İstek içerisindeki değerler doğrulanamadı."),
            Map.entry(450, "Gönderilen başlık kullanıma uygun değil"),
            Map.entry(451, "Tekrar eden sipariş"),
            Map.entry(452, "Mesaj alıcıları hatalı"),
            Map.entry(453, "Sipariş boyutu aşıldı"),
            Map.entry(454, "Mesaj metni boş"),
            Map.entry(455, "Sipariş bulunamadı"),
            Map.entry(456, "Sipariş gönderim tarihi henüz gelmedi"),
            Map.entry(457, "Mesaj gönderim tarihinin formatı hatalı"),
            Map.entry(458, "Tarih aralığı hatalı"),
            Map.entry(459, "Başlık kısmı boş olamaz"),
            Map.entry(460, "Başlık 11 karakterden fazla olmamalı ve Türkçe karakter içermemelidir."),
            Map.entry(464, "Page değeri 1 den başlamalı."),
            Map.entry(466, "Hatalı numara."),
            Map.entry(469, "IYS listenizi seçmelisiniz, BIREYSEL veya TACIR."));

    private StatusMessages() {
    }

    static String of(int code) {
        return MESSAGES.getOrDefault(code, "");
    }
}
