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
import java.util.concurrent.TimeUnit;

import io.github.cameliletimerkezi.model.DeliveryUpdate;
import io.github.cameliletimerkezi.model.OrderUpdate;
import org.apache.camel.FailedToStartRouteException;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An order sent through {@code iletimerkezi:send} is followed by the report consumer of the same component, on its
 * real scheduler, without its id being named anywhere.
 */
class SendAndFollowTest extends IletiMerkeziTestSupport {

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:send").to("iletimerkezi:send");
                from("iletimerkezi:report?delay=50&initialDelay=0").to("mock:updates");
            }
        };
    }

    @Test
    void sentOrderIsFollowedToTheEnd() throws Exception {
        wireMock.stubFor(post("/send-sms").willReturn(xmlAnswer(200,
                "<response><status><code>200</code><message>İşlem başarılı</message></status><order><id>7001</id></order></response>")));
        wireMock.stubFor(post("/get-report").withRequestBody(containing("<id>7001</id>"))
                .willReturn(xmlAnswer(200, ReportXml.page("7001", 114, List.of(111, 112, 111), 1, 1000))));
        MockEndpoint updates = getMockEndpoint("mock:updates");
        updates.expectedMessageCount(4);
        updates.expectedHeaderValuesReceivedInAnyOrder(IletiMerkeziConstants.ORDER_ID, "7001", "7001", "7001", "7001");

        template.sendBodyAndHeader("direct:send", "Kargonuz yolda",
                IletiMerkeziConstants.RECIPIENTS, List.of(ReportXml.number(0), ReportXml.number(1), ReportXml.number(2)));

        MockEndpoint.assertIsSatisfied(10, TimeUnit.SECONDS, updates);
        List<Object> bodies = updates.getReceivedExchanges().stream().map(e -> e.getMessage().getBody()).toList();
        assertThat(bodies).filteredOn(DeliveryUpdate.class::isInstance).hasSize(3);
        assertThat(bodies.get(3)).isInstanceOfSatisfying(OrderUpdate.class, o -> assertThat(o.isCompleted()).isTrue());
    }

    @Test
    void consumerOnAnotherOperationFailsAtStartUp() {
        assertThatThrownBy(() -> context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("iletimerkezi:send").to("mock:never");
            }
        })).isInstanceOf(FailedToStartRouteException.class).rootCause().isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("iletimerkezi:send cannot be consumed from: only iletimerkezi:report and"
                                       + " iletimerkezi:inbox (polling) and iletimerkezi:webhook (push) have consumers");
    }

    @Test
    void consumerDefaultsToThirtySecondsBetweenPolls() {
        IletiMerkeziEndpoint endpoint = context.getEndpoint("iletimerkezi:report", IletiMerkeziEndpoint.class);

        assertThat(endpoint.getDelay()).isEqualTo(30_000);
        assertThat(context.getEndpoint("iletimerkezi:report?delay=2m", IletiMerkeziEndpoint.class).getDelay())
                .isEqualTo(120_000);
    }
}
