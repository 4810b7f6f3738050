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

import io.github.cameliletimerkezi.jdbc.JdbcFollowedOrderStore;
import io.github.cameliletimerkezi.jdbc.JdbcOrderHandOver;
import io.github.cameliletimerkezi.jdbc.TestDatabase;
import io.github.cameliletimerkezi.report.FollowedOrder;
import io.github.cameliletimerkezi.IletiMerkeziReportConsumer;
import io.github.cameliletimerkezi.report.OrderSource;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Two instances of one application on a shared PostgreSQL: an order sent by the instance whose report route does not
 * run is followed by the other's consumer, through the JDBC hand-over, and leaves no row behind once taken.
 */
class SharedOrderHandOverTest extends IletiMerkeziTestSupport {

    private static String handOverTable;
    private static String storeTable;
    private static final IdempotentRepository UPDATES = MemoryIdempotentRepository.memoryIdempotentRepository();
    private CamelContext standby;

    @BeforeAll
    static void database() {
        TestDatabase.url();
        handOverTable = TestDatabase.freshTable("orders");
        storeTable = TestDatabase.freshTable("followed");
    }

    @Override
    protected void configureComponent(IletiMerkeziComponent component) {
        super.configureComponent(component);
        shareStorage(component);
    }

    private static void shareStorage(IletiMerkeziComponent component) {
        component.setOrderHandOver(new JdbcOrderHandOver(TestDatabase.dataSource(), handOverTable));
        component.getConfiguration().setOrderStore(new JdbcFollowedOrderStore(TestDatabase.dataSource(), storeTable));
        component.getConfiguration().setIdempotentRepository(UPDATES);
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return reportRoute(true);
    }

    private static RouteBuilder reportRoute(boolean autoStartup) {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("iletimerkezi:report?startScheduler=false").routeId("reports").autoStartup(autoStartup)
                        .to("mock:updates");
            }
        };
    }

    @AfterEach
    void stopStandby() {
        if (standby != null) {
            standby.stop();
        }
    }

    @Test
    void anOrderSentByTheStandbyIsFollowedByThePoller() throws Exception {
        standby = new DefaultCamelContext();
        IletiMerkeziComponent standbyComponent = new IletiMerkeziComponent();
        standbyComponent.setEnvironment(environment()::get);
        configureComponent(standbyComponent);
        standby.addComponent("iletimerkezi", standbyComponent);
        standby.addRoutes(reportRoute(false));
        standby.start();
        wireMock.stubFor(post("/send-sms").willReturn(xmlAnswer(200,
                "<response><status><code>200</code><message>İşlem başarılı</message></status><order><id>801</id></order></response>")));
        wireMock.stubFor(post("/get-report").withRequestBody(containing("<id>801</id>"))
                .willReturn(xmlAnswer(200, ReportXml.page("801", 114, List.of(111, 112), 1, 1000))));

        try (ProducerTemplate sender = standby.createProducerTemplate()) {
            sender.sendBodyAndHeader("iletimerkezi:send", "Merhaba", IletiMerkeziConstants.RECIPIENTS, PHONE);
        }

        assertThat(standbyComponent.getOrderHandOver().waiting(10)).containsEntry("801", OrderSource.SEND);
        MockEndpoint updates = getMockEndpoint("mock:updates");
        updates.expectedHeaderValuesReceivedInAnyOrder(IletiMerkeziConstants.ORDER_ID, "801", "801", "801");
        updates.expectedHeaderValuesReceivedInAnyOrder(IletiMerkeziConstants.UPDATE_TYPE,
                IletiMerkeziConstants.UPDATE_TYPE_RECIPIENT, IletiMerkeziConstants.UPDATE_TYPE_RECIPIENT,
                IletiMerkeziConstants.UPDATE_TYPE_ORDER);
        // the same keys on every instance: the stream, the order, the number, the status and the message's rank
        updates.expectedHeaderValuesReceivedInAnyOrder(IletiMerkeziConstants.UPDATE_KEY,
                "reports/801/" + ReportXml.number(0) + "/111/1", "reports/801/" + ReportXml.number(1) + "/112/1",
                "reports/801/order/114");
        IletiMerkeziReportConsumer poller = (IletiMerkeziReportConsumer) context.getRoute("reports").getConsumer();
        poller.run();

        updates.assertIsSatisfied();
        assertThat(standbyComponent.getOrderHandOver().waiting(10)).as("taken by the poller").isEmpty();
        assertThat(poller.getTrackedOrderIds()).as("final: no longer followed").isEmpty();
        // a second poll neither finds the order again nor emits anything
        poller.run();
        assertThat(updates.getReceivedCounter()).isEqualTo(3);
    }

    @Test
    void anOrderWaitingBeforeThePollerStartsIsFollowedAndSavedBeforeItLeavesTheHandOver() throws Exception {
        IletiMerkeziComponent component = context.getComponent("iletimerkezi", IletiMerkeziComponent.class);
        wireMock.stubFor(post("/get-report").withRequestBody(containing("<id>802</id>"))
                .willReturn(xmlAnswer(200, ReportXml.page("802", 113, List.of(111, 110), 1, 1000))));
        component.trackOrder("802");
        IletiMerkeziReportConsumer poller = (IletiMerkeziReportConsumer) context.getRoute("reports").getConsumer();
        MockEndpoint updates = getMockEndpoint("mock:updates");
        // the one recipient final so far; the order itself is not
        updates.expectedMessageCount(1);
        updates.expectedHeaderReceived(IletiMerkeziConstants.RECIPIENT, ReportXml.number(0));

        poller.run();

        updates.assertIsSatisfied();
        assertThat(component.getOrderHandOver().waiting(10)).isEmpty();
        assertThat(new JdbcFollowedOrderStore(TestDatabase.dataSource(), storeTable).orders("reports"))
                .extracting(FollowedOrder::orderId, FollowedOrder::source).containsExactly(tuple("802", OrderSource.API));
    }
}
