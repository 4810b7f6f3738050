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

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.WireMockServer;
import org.apache.camel.CamelContext;
import org.apache.camel.ServiceStatus;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.file.cluster.FileLockClusterService;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.impl.cluster.ClusteredRoutePolicy;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two instances (two CamelContexts) run the same report route under Camel's ClusteredRoutePolicy with a
 * FileLockClusterService on one directory, sharing state and idempotent repositories: only the leader polls; when it
 * stops, the other takes over and goes on from the shared state, neither repeating nor skipping an update.
 */
class ClusteredReportConsumerTest {

    private static WireMockServer provider;
    @TempDir
    Path lockDirectory;
    private final StateRepository<String, String> sharedState = new MemoryStateRepository();
    private final IdempotentRepository sharedUpdates = MemoryIdempotentRepository.memoryIdempotentRepository();
    private CamelContext first;
    private CamelContext second;

    @BeforeAll
    static void startProvider() {
        provider = new WireMockServer(WireMockConfiguration.wireMockConfig().dynamicPort());
        provider.start();
    }

    @AfterAll
    static void stopProvider() {
        provider.stop();
    }

    @AfterEach
    void stopInstances() {
        for (CamelContext context : new CamelContext[] { first, second }) {
            if (context != null) {
                context.stop();
            }
        }
    }

    @Test
    void onlyTheLeaderPollsAndTheOtherResumesFromTheSharedState() throws Exception {
        provider.stubFor(post("/get-report").withRequestBody(containing("<id>901</id>"))
                .willReturn(answer(ReportXml.page("901", 113, List.of(111, 112, 110, 110), 1, 1000))));
        first = instance("first");
        second = instance("second");
        first.start();
        await().atMost(Duration.ofSeconds(20)).until(() -> routeStatus(first) == ServiceStatus.Started);
        second.start();
        MockEndpoint firstSink = first.getEndpoint("mock:sink", MockEndpoint.class);
        firstSink.expectedMessageCount(2);
        firstSink.expectedHeaderValuesReceivedInAnyOrder(IletiMerkeziConstants.UPDATE_KEY,
                "reports/901/" + ReportXml.number(0) + "/111/1", "reports/901/" + ReportXml.number(1) + "/112/1");
        firstSink.assertIsSatisfied(20_000);
        // the standby polls nothing while the leader lives
        await().atMost(Duration.ofSeconds(20)).until(() -> provider.countRequestsMatching(
                postRequestedFor(urlEqualTo("/get-report")).withRequestBody(containing("<username>first</username>")).build())
                .getCount() >= 3);
        assertThat(routeStatus(second)).isNotEqualTo(ServiceStatus.Started);
        assertThat(reportRequestsOf("second")).isZero();

        provider.stubFor(post("/get-report").withRequestBody(containing("<id>901</id>"))
                .willReturn(answer(ReportXml.page("901", 114, List.of(111, 112, 111, 112), 1, 1000))));
        first.stop();
        int firstRequests = reportRequestsOf("first");

        MockEndpoint secondSink = second.getEndpoint("mock:sink", MockEndpoint.class);
        secondSink.expectedMessageCount(3);
        secondSink.expectedHeaderValuesReceivedInAnyOrder(IletiMerkeziConstants.UPDATE_KEY,
                "reports/901/" + ReportXml.number(2) + "/111/1", "reports/901/" + ReportXml.number(3) + "/112/1",
                "reports/901/order/114");
        secondSink.assertIsSatisfied(30_000);
        assertThat(firstSink.getReceivedCounter()).isEqualTo(2);
        assertThat(reportRequestsOf("first")).as("the stopped leader polls no more").isEqualTo(firstRequests);
        // the order is final: it leaves the shared state
        await().atMost(Duration.ofSeconds(10)).until(() -> "".equals(sharedState.getState("iletimerkezi.reports.orders")));
    }

    private CamelContext instance(String name) throws Exception {
        CamelContext context = new DefaultCamelContext();
        context.getCamelContextExtension().setName(name);
        FileLockClusterService cluster = new FileLockClusterService();
        cluster.setId(name);
        cluster.setRoot(lockDirectory.toString());
        cluster.setAcquireLockDelay(100, TimeUnit.MILLISECONDS);
        cluster.setAcquireLockInterval(200, TimeUnit.MILLISECONDS);
        context.addService(cluster);
        IletiMerkeziComponent component = new IletiMerkeziComponent();
        component.setEnvironment(variable -> null);
        component.getConfiguration().setBaseUrl(provider.baseUrl());
        // the username tells the instances' requests apart at the provider
        component.getConfiguration().setUsername(name);
        component.getConfiguration().setPassword("PASSWORD");
        component.getConfiguration().setStateRepository(sharedState);
        component.getConfiguration().setIdempotentRepository(sharedUpdates);
        context.addComponent("iletimerkezi", component);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() throws Exception {
                from("iletimerkezi:report?orderId=901&delay=200&initialDelay=0").routeId("reports")
                        .routePolicy(ClusteredRoutePolicy.forNamespace("iletimerkezi-reports"))
                        .to("mock:sink");
            }
        });
        return context;
    }

    private static ServiceStatus routeStatus(CamelContext context) {
        return context.getRouteController().getRouteStatus("reports");
    }

    private static int reportRequestsOf(String username) {
        return provider.countRequestsMatching(postRequestedFor(urlEqualTo("/get-report"))
                .withRequestBody(containing("<username>" + username + "</username>")).build()).getCount();
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder answer(String body) {
        return WireMock.aResponse().withStatus(200).withHeader("Content-Type", "text/xml; charset=utf-8").withBody(body);
    }
}
