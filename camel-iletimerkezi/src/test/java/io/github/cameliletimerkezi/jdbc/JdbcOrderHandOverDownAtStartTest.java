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
package io.github.cameliletimerkezi.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

import javax.sql.DataSource;

import io.github.cameliletimerkezi.IletiMerkeziComponent;
import io.github.cameliletimerkezi.IletiMerkeziTestSupport;
import io.github.cameliletimerkezi.ReportXml;
import io.github.cameliletimerkezi.model.DeliveryUpdate;
import org.apache.camel.ServiceStatus;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A replica whose database is down when it starts, with the orders' hand-over on it: the CamelContext starts, orders
 * sent meanwhile are followed by this instance, and once the database answers the hand-over creates its table and
 * orders go through it.
 */
class JdbcOrderHandOverDownAtStartTest extends IletiMerkeziTestSupport {

    private final SwitchableDataSource dataSource = new SwitchableDataSource();
    private final String table = TestDatabase.freshTable("orders");

    @Override
    protected void configureComponent(IletiMerkeziComponent component) {
        super.configureComponent(component);
        component.setOrderHandOver(new JdbcOrderHandOver(dataSource, table));
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("iletimerkezi:report?delay=100&initialDelay=0").routeId("reports").to("mock:updates");
            }
        };
    }

    @Test
    void theContextStartsAndOrdersSentMeanwhileAreFollowedHere() throws Exception {
        stubReport("7101", 111);
        MockEndpoint updates = getMockEndpoint("mock:updates");
        updates.expectedMessageCount(2);

        assertThat(context.getStatus()).isEqualTo(ServiceStatus.Started);
        assertThat(context.getRouteController().getRouteStatus("reports")).isEqualTo(ServiceStatus.Started);
        // the hand-over cannot record it: this instance's consumer follows the order
        context.getComponent("iletimerkezi", IletiMerkeziComponent.class).trackOrder("7101");

        updates.assertIsSatisfied(10_000);
        assertThat(recipientStatuses(updates)).containsExactly("7101/111");
    }

    @Test
    void onceTheDatabaseAnswersItsTableIsCreatedAndOrdersGoThroughIt() throws Exception {
        DataSource database = TestDatabase.dataSource();
        stubReport("7102", 112);
        MockEndpoint updates = getMockEndpoint("mock:updates");
        updates.expectedMessageCount(2);

        dataSource.comeUp(database);
        context.getComponent("iletimerkezi", IletiMerkeziComponent.class).trackOrder("7102");

        updates.assertIsSatisfied(10_000);
        assertThat(recipientStatuses(updates)).containsExactly("7102/112");
        // created by the first call that reached the database, and emptied by the consumer that took the order
        await().atMost(Duration.ofSeconds(10)).until(() -> waitingRows(database) == 0);
    }

    private void stubReport(String orderId, int recipientStatus) {
        wireMock.stubFor(post("/get-report").withRequestBody(containing("<id>" + orderId + "</id>")).willReturn(xmlAnswer(
                200, ReportXml.page(orderId, 114, List.of(recipientStatus), 1, 1000))));
    }

    private static List<String> recipientStatuses(MockEndpoint updates) {
        // the recipients' updates; the order's own final update comes as another body
        return updates.getExchanges().stream().map(e -> e.getMessage().getBody())
                .filter(DeliveryUpdate.class::isInstance).map(DeliveryUpdate.class::cast).map(update -> update.orderId() + "/" + update.statusCode()).toList();
    }

    private long waitingRows(DataSource database) throws Exception {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT count(*) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
