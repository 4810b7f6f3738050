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
import io.github.cameliletimerkezi.SendRequestProgressFixture;
import io.github.cameliletimerkezi.SplitSend;
import io.github.cameliletimerkezi.client.IletiMerkeziNotSentException;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A split order whose second chunk cannot be sent because the provider's address refuses the connection, under the
 * retry docs/component.md advises ({@code onException(IletiMerkeziNotSentException.class)}): every recipient reaches
 * the server exactly once over three deliveries, and the exchange reports every accepted order.
 */
class SplitSendRedeliveryTest extends IletiMerkeziTestSupport {

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
                onException(IletiMerkeziNotSentException.class).maximumRedeliveries(2).redeliveryDelay(0)
                        .onRedelivery(exchange -> {
                            if (exchange.getMessage().getHeader(Exchange.REDELIVERY_COUNTER, Integer.class) == 2) {
                                gate.open();
                            }
                        });
                from("direct:retried").to(sendUri());
                from("direct:once").errorHandler(noErrorHandler()).to(sendUri());
            }
        };
    }

    private String sendUri() {
        return "iletimerkezi:send?splitLargeOrders=true&baseUrl=http://127.0.0.1:" + gate.port();
    }

    @BeforeEach
    void stubOrders() throws Exception {
        gate.open();
        // Connection: close, so the second chunk needs a connection of its own, which the closed gate refuses
        wireMock.stubFor(post("/send-sms").withRequestBody(containing("<number>" + SplitOrder.FIRST + "</number>"))
                .willReturn(SplitOrder.accepted(101)));
        wireMock.stubFor(post("/send-sms").withRequestBody(containing("<number>" + SplitOrder.LAST + "</number>"))
                .willReturn(SplitOrder.accepted(102)));
    }

    @Test
    void twoRedeliveriesAfterARefusedConnectionSendEveryRecipientOnce() {
        gate.closeAfterNextConnection();

        Exchange exchange = template.send("direct:retried", e -> {
            e.getMessage().setBody("Kampanya");
            e.getMessage().setHeader(IletiMerkeziConstants.RECIPIENTS, SplitOrder.recipients());
        });

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getHeader(Exchange.REDELIVERY_COUNTER, Integer.class)).isEqualTo(2);
        List<String> sent = SplitOrder.numbersAtTheServer(wireMock);
        assertThat(sent).hasSize(50_001);
        assertThat(new HashSet<>(sent)).hasSize(50_001).containsAll(SplitOrder.recipients());
        assertThat(exchange.getMessage().getHeader(IletiMerkeziConstants.ORDER_IDS)).isEqualTo(List.of("101", "102"));
        assertThat(exchange.getMessage().getHeader(IletiMerkeziConstants.ORDER_ID)).isEqualTo("101");
        assertThat(exchange.getProperty(SplitSend.PROGRESS)).isNull();
    }

    @Test
    void aSendStoppedPartWayNamesTheAcceptedOrdersAndTheUnsentRecipients() {
        gate.closeAfterNextConnection();

        Exchange exchange = template.send("direct:once", e -> {
            e.getMessage().setBody("Kampanya");
            e.getMessage().setHeader(IletiMerkeziConstants.RECIPIENTS, SplitOrder.recipients());
        });

        assertThat(exchange.getException()).isInstanceOf(IletiMerkeziPartlySentException.class)
                .isNotInstanceOf(IletiMerkeziNotSentException.class)
                .hasCauseInstanceOf(IletiMerkeziNotSentException.class)
                .hasMessageContaining("[101]");
        IletiMerkeziPartlySentException failure = (IletiMerkeziPartlySentException) exchange.getException();
        assertThat(failure.getAcceptedOrderIds()).containsExactly("101");
        assertThat(failure.getUnsentRecipients()).containsExactly(SplitOrder.LAST);
        assertThat(failure.isRemainderNotSent()).isTrue();
        assertThat(exchange.getMessage().getHeader(IletiMerkeziConstants.ORDER_IDS)).isEqualTo(List.of("101"));
        // the message is the order again, so a redelivery can read it
        assertThat(exchange.getMessage().getBody()).isEqualTo("Kampanya");

        // a new exchange knows nothing of the accepted order: the exception's unsent order is what it sends
        Exchange resent = template.send("direct:once", e -> e.getMessage().setBody(failure.getUnsentOrder()));
        assertThat(resent.getException()).isNotNull(); // the gate is still closed
        Exception stillClosed = resent.getException();
        assertThat(stillClosed).isInstanceOf(IletiMerkeziNotSentException.class);
    }

    @Test
    void theUnsentOrderSentInANewExchangeReachesOnlyTheRest() throws Exception {
        gate.closeAfterNextConnection();
        Exchange first = template.send("direct:once", e -> {
            e.getMessage().setBody("Kampanya");
            e.getMessage().setHeader(IletiMerkeziConstants.RECIPIENTS, SplitOrder.recipients());
        });
        IletiMerkeziPartlySentException failure = (IletiMerkeziPartlySentException) first.getException();
        gate.open();

        Exchange resent = template.send("direct:once", e -> e.getMessage().setBody(failure.getUnsentOrder()));

        assertThat(resent.getException()).isNull();
        assertThat(resent.getMessage().getHeader(IletiMerkeziConstants.ORDER_ID)).isEqualTo("102");
        List<String> sent = SplitOrder.numbersAtTheServer(wireMock);
        assertThat(sent).hasSize(50_001);
        assertThat(new HashSet<>(sent)).hasSize(50_001);
    }

    @Test
    void anotherOrderOnTheSameExchangeIsNotSkipped() {
        Exchange exchange = template.send("direct:once", e -> {
            e.getMessage().setBody("Kampanya");
            e.getMessage().setHeader(IletiMerkeziConstants.RECIPIENTS, SplitOrder.recipients());
            // left over from an earlier order on this exchange
            SendRequestProgressFixture.leaveProgress(e, "Eski kampanya", SplitOrder.recipients());
        });

        assertThat(exchange.getException()).isNull();
        assertThat(SplitOrder.numbersAtTheServer(wireMock)).hasSize(50_001);
        assertThat(exchange.getMessage().getHeader(IletiMerkeziConstants.ORDER_IDS)).isEqualTo(List.of("101", "102"));
    }
}
