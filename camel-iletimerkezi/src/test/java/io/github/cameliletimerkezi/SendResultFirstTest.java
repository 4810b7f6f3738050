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
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.cameliletimerkezi.model.IletiMerkeziResponse;
import io.github.cameliletimerkezi.IletiMerkeziReportConsumer;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.spi.ExceptionHandler;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A send whose order cannot be written to the consumer's state repository still succeeds with its order id, is not
 * sent again by an error handler, and the consumer (not the send) reports the repository's failure. Senders never
 * write the repository themselves.
 */
class SendResultFirstTest extends IletiMerkeziTestSupport {

    private final AtomicBoolean diskFull = new AtomicBoolean();
    private final AtomicInteger writes = new AtomicInteger();
    private final List<Throwable> consumerErrors = new ArrayList<>();

    @Override
    protected void configureComponent(IletiMerkeziComponent component) {
        super.configureComponent(component);
        component.getConfiguration().setStateRepository(new MemoryStateRepository() {
            @Override
            public void setState(String key, String value) {
                writes.incrementAndGet();
                if (diskFull.get()) {
                    throw new IllegalStateException("No space left on device");
                }
                super.setState(key, value);
            }
        });
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                errorHandler(defaultErrorHandler().maximumRedeliveries(3).redeliveryDelay(0));
                from("direct:send").to("iletimerkezi:send");
                from("iletimerkezi:report?startScheduler=false").routeId("reports").to("mock:updates");
            }
        };
    }

    @Test
    void aFailingStateRepositoryNeverFailsOrRepeatsTheSend() {
        wireMock.stubFor(post("/send-sms").willReturn(xmlAnswer(200,
                "<response><status><code>200</code><message>İşlem başarılı</message></status><order><id>9100</id></order></response>")));
        wireMock.stubFor(post("/get-report").withRequestBody(containing("<id>9100</id>"))
                .willReturn(xmlAnswer(456, ReportXml.status(456, "Sipariş gönderim tarihi henüz gelmedi"))));
        IletiMerkeziReportConsumer consumer = (IletiMerkeziReportConsumer) context.getRoute("reports").getConsumer();
        consumer.setExceptionHandler(new ExceptionHandler() {
            @Override
            public void handleException(Throwable exception) {
                consumerErrors.add(exception);
            }

            @Override
            public void handleException(String message, Throwable exception) {
                consumerErrors.add(exception);
            }

            @Override
            public void handleException(String message, Exchange exchange, Throwable exception) {
                consumerErrors.add(exception);
            }
        });
        diskFull.set(true);
        int writesBefore = writes.get();

        Exchange sent = template.request("direct:send", e -> {
            e.getMessage().setBody("Kargonuz yolda");
            e.getMessage().setHeader(IletiMerkeziConstants.RECIPIENTS, PHONE);
        });

        assertThat(sent.getException()).isNull();
        assertThat(sent.getMessage().getHeader(IletiMerkeziConstants.ORDER_ID)).isEqualTo("9100");
        assertThat(sent.getMessage().getHeader(IletiMerkeziConstants.STATUS_CODE)).isEqualTo(200);
        assertThat(sent.getMessage().getBody(IletiMerkeziResponse.class).getOrderId()).isEqualTo("9100");
        wireMock.verify(1, postRequestedFor(urlEqualTo("/send-sms")));
        assertThat(writes.get()).as("the sender's thread does not write the state repository").isEqualTo(writesBefore);

        // a state that cannot be written fails the poll as a whole (issue 19): nothing is read, nothing dropped
        consumer.run();
        wireMock.verify(0, postRequestedFor(urlEqualTo("/get-report")));
        assertThat(consumerErrors).singleElement().satisfies(
                e -> assertThat(e).hasMessageContaining("No space left on device"));
        assertThat(consumer.getTrackedOrderIds()).containsExactly("9100");

        diskFull.set(false);
        consumer.run();
        assertThat(consumer.getTrackedOrderIds()).containsExactly("9100");
        assertThat(consumerErrors).hasSize(1);
        wireMock.verify(1, postRequestedFor(urlEqualTo("/get-report")));
    }
}
