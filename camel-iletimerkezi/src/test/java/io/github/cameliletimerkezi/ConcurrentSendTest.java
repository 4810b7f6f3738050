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

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.github.cameliletimerkezi.model.IletiMerkeziResponse;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sixteen threads send through one endpoint; each gets the answer to its own request. The server echoes the text it
 * received as the order id, so a mixed-up answer shows as a wrong id.
 */
class ConcurrentSendTest extends IletiMerkeziTestSupport {

    private static final int THREADS = 16;
    private static final int SENDS_PER_THREAD = 25;

    @Test
    void sixteenThreadsNeverMixUpTheirResponses() throws Exception {
        wireMock.stubFor(post("/send-sms").willReturn(xmlAnswer(200,
                "<response><status><code>200</code><message>İşlem başarılı</message></status><order><id>"
                                                                     + "{{xPath request.body '/request/order/message/text/text()'}}"
                                                                     + "</id></order></response>")
                .withTransformers("response-template")));
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<List<String>>> results = new ArrayList<>();
        try {
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                Callable<List<String>> sender = () -> {
                    List<String> mismatches = new ArrayList<>();
                    for (int i = 0; i < SENDS_PER_THREAD; i++) {
                        String text = "t" + thread + "-m" + i;
                        IletiMerkeziResponse response = template.requestBodyAndHeader("iletimerkezi:send", text,
                                IletiMerkeziConstants.RECIPIENTS, PHONE, IletiMerkeziResponse.class);
                        if (!text.equals(response.getOrderId())) {
                            mismatches.add(text + " got " + response.getOrderId());
                        }
                    }
                    return mismatches;
                };
                results.add(pool.submit(sender));
            }
            List<String> mismatches = new ArrayList<>();
            for (Future<List<String>> result : results) {
                mismatches.addAll(result.get());
            }
            assertThat(mismatches).isEmpty();
        } finally {
            pool.shutdownNow();
        }
        wireMock.verify(THREADS * SENDS_PER_THREAD, postRequestedFor(urlEqualTo("/send-sms")));
    }
}
