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
package io.github.cameliletimerkezi.largeorders;

import java.util.HashSet;
import java.util.List;

import io.github.cameliletimerkezi.IletiMerkeziConstants;
import io.github.cameliletimerkezi.IletiMerkeziPartlySentException;
import io.github.cameliletimerkezi.IletiMerkeziTestSupport;
import io.github.cameliletimerkezi.client.IletiMerkeziNotSentException;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two error-handler clauses docs/component.md shows for split orders, as written there (only the delay is 0):
 * a chunk the provider refuses goes to the partly-sent clause at once; a chunk that never left is redelivered, each
 * time alone, and a chunk that never leaves fails the exchange once the redeliveries are spent. No recipient reaches
 * the provider twice in any of them.
 */
class SplitSendRetryAdviceTest extends IletiMerkeziTestSupport {

    private static ClosingGate gate;

    @BeforeAll
    static void openGate() throws Exception {
        gate = new ClosingGate(wireMock.port());
    }

    @AfterAll
    static void closeGate() throws Exception {
        gate.close();
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                onException(IletiMerkeziNotSentException.class).maximumRedeliveries(3).redeliveryDelay(0);
                onException(IletiMerkeziPartlySentException.class).handled(true)
                        .log("Accepted ${exception.acceptedOrderIds}, ${exception.unsentRecipients.size} recipients not sent")
                        .to("mock:finishLater");
                from("direct:campaign").to("iletimerkezi:send?splitLargeOrders=true&baseUrl=http://127.0.0.1:" + gate.port());
            }
        };
    }

    @BeforeEach
    void stubFirstChunk() throws Exception {
        gate.open();
        wireMock.stubFor(post("/send-sms").withRequestBody(containing("<number>" + SplitOrder.FIRST + "</number>"))
                .willReturn(SplitOrder.accepted(101)));
    }

    @Test
    void aChunkTheProviderRefusesGoesToThePartlySentClauseWithoutARedelivery() throws Exception {
        wireMock.stubFor(post("/send-sms").withRequestBody(containing("<number>" + SplitOrder.LAST + "</number>"))
                .willReturn(aResponse().withStatus(402).withHeader("Content-Type", "text/xml; charset=utf-8")
                        .withBody("<response><status><code>402</code><message>Bakiye yetersiz</message></status></response>")));
        MockEndpoint finishLater = getMockEndpoint("mock:finishLater");
        finishLater.expectedMessageCount(1);

        Exchange exchange = send();

        finishLater.assertIsSatisfied();
        IletiMerkeziPartlySentException failure = finishLater.getReceivedExchanges().get(0)
                .getProperty(Exchange.EXCEPTION_CAUGHT, IletiMerkeziPartlySentException.class);
        assertThat(failure.getAcceptedOrderIds()).containsExactly("101");
        assertThat(failure.getUnsentRecipients()).containsExactly(SplitOrder.LAST);
        assertThat(exchange.getException()).as("handled").isNull();
        assertThat(exchange.getMessage().getHeader(Exchange.REDELIVERY_COUNTER)).as("no redelivery").isNull();
        assertThat(SplitOrder.numbersAtTheServer(wireMock)).as("the refused chunk was asked once").hasSize(50_001);
    }

    @Test
    void aChunkThatNeverLeavesIsRedeliveredAloneAndThenFailsTheExchange() throws Exception {
        wireMock.stubFor(post("/send-sms").withRequestBody(containing("<number>" + SplitOrder.LAST + "</number>"))
                .willReturn(SplitOrder.accepted(102)));
        gate.closeAfterNextConnection();
        getMockEndpoint("mock:finishLater").expectedMessageCount(0);

        Exchange exchange = send();

        // Camel picks the clause for the deepest cause it has one for: the not-sent cause, so redeliveries, and once
        // they are spent the exchange fails with the partly-sent exception (the other clause does not run)
        assertThat(exchange.getException()).isInstanceOf(IletiMerkeziPartlySentException.class)
                .hasCauseInstanceOf(IletiMerkeziNotSentException.class);
        assertThat(exchange.getMessage().getHeader(Exchange.REDELIVERY_COUNTER, Integer.class)).isEqualTo(3);
        assertThat(exchange.getMessage().getHeader(IletiMerkeziConstants.ORDER_IDS)).isEqualTo(List.of("101"));
        List<String> sent = SplitOrder.numbersAtTheServer(wireMock);
        assertThat(sent).as("the first chunk once; the second never arrived").hasSize(50_000);
        assertThat(new HashSet<>(sent)).hasSize(50_000).doesNotContain(SplitOrder.LAST);
        getMockEndpoint("mock:finishLater").assertIsSatisfied();
    }

    private Exchange send() {
        return template.send("direct:campaign", e -> {
            e.getMessage().setBody("Kampanya");
            e.getMessage().setHeader(IletiMerkeziConstants.RECIPIENTS, SplitOrder.recipients());
        });
    }
}
