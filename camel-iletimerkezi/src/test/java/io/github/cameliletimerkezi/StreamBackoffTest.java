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

import java.util.List;

import io.github.cameliletimerkezi.IletiMerkeziReportConsumer;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 19 point 1, the stream's backoff: an account-wide failure fails the poll as a whole, so Camel's
 * backoffErrorThreshold and backoffMultiplier slow the whole stream down (one request per poll that runs, not one per
 * order), and no order is dropped meanwhile.
 */
class StreamBackoffTest extends IletiMerkeziTestSupport {

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("iletimerkezi:report?orderId=801,802,803&useOrderList=false&startScheduler=false&reportConcurrency=1"
                     + "&backoffErrorThreshold=1&backoffMultiplier=4").routeId("reports").to("mock:updates");
            }
        };
    }

    @Test
    void anAccountWideFailureBacksOffTheStreamAndKeepsEveryOrder() {
        wireMock.stubFor(post("/get-report").willReturn(xmlAnswer(429, ReportXml.status(429, "Too many requests"))));
        IletiMerkeziReportConsumer consumer = (IletiMerkeziReportConsumer) context.getRoute("reports").getConsumer();

        for (int i = 0; i < 20; i++) {
            consumer.run();
        }

        // Camel skips 4 polls after each failed one past the threshold, and a failing poll stops at its first request
        // (one reader; with reportConcurrency n, the up to n requests already under way): 20 polls of 3 orders would
        // be 60 requests without either
        assertThat(wireMock.findAll(postRequestedFor(urlEqualTo("/get-report")))).hasSizeBetween(4, 5);
        assertThat(consumer.getTrackedOrderIds()).containsExactlyElementsOf(List.of("801", "802", "803"));

        wireMock.stubFor(post("/get-report").willReturn(xmlAnswer(200, ReportXml.page("801", 114, List.of(111), 1, 1000))));
        for (int i = 0; i < 5; i++) {
            consumer.run();
        }
        assertThat(getMockEndpoint("mock:updates").getReceivedCounter()).as("polling resumed").isPositive();
    }
}
