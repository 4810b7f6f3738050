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
package io.github.cameliletimerkezi.benchmarks;

import java.io.Closeable;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;

import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;

/**
 * The floor the component is measured against: HttpClient 5 alone, posting request bytes built once over pooled
 * keep-alive connections and reading the answer whole, with none of the component's work (no XML written or read, no
 * validation, no Camel exchange).
 */
final class RawSender implements Closeable {

    private final CloseableHttpClient http;
    private final URI uri;
    private final ByteArrayEntity body;

    RawSender(String baseUrl, int maxConnections) {
        this.http = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setMaxConnTotal(maxConnections)
                        .setMaxConnPerRoute(maxConnections)
                        .build())
                .disableAutomaticRetries()
                .disableCookieManagement()
                .disableRedirectHandling()
                .disableContentCompression()
                .build();
        this.uri = URI.create(baseUrl + "/send-sms");
        this.body = new ByteArrayEntity(SendFixture.REQUEST_XML.getBytes(StandardCharsets.UTF_8),
                ContentType.create("text/xml", StandardCharsets.UTF_8));
    }

    /** Posts the send and returns the answer's length; anything but HTTP 200 is an error. */
    int send() throws IOException {
        HttpPost post = new HttpPost(uri);
        post.setEntity(body);
        return http.execute(post, response -> {
            byte[] answer = EntityUtils.toByteArray(response.getEntity());
            if (response.getCode() != 200) {
                throw new IOException("The fixed-answer server answered HTTP " + response.getCode());
            }
            return answer.length;
        });
    }

    @Override
    public void close() throws IOException {
        http.close();
    }
}
