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
import java.util.List;
import java.util.Map;

import io.github.cameliletimerkezi.IletiMerkeziReportConsumer;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.processor.state.FileStateRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 19 point 5: state kept in a repository the user configured is keyed by a name that does not change when routes
 * are added. Before the change a route without an id kept its orders under the id Camel assigned (route1); redeployed
 * with one more route in front it became route2 and silently started over, the orders left behind.
 */
class StreamNameTest {

    @TempDir
    Path directory;

    private CamelContext start(String... uris) throws Exception {
        CamelContext context = new DefaultCamelContext();
        IletiMerkeziComponent component = new IletiMerkeziComponent();
        component.setEnvironment(Map.of("IM_ENDPOINT", "http://127.0.0.1:9", "IM_USERNAME", "u", "IM_PASSWORD", "p")::get);
        context.addComponent("iletimerkezi", component);
        context.getRegistry().bind("orders", FileStateRepository.fileStateRepository(directory.resolve("orders.dat").toFile()));
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                for (String uri : uris) {
                    from(uri).to("log:updates?level=OFF");
                }
            }
        });
        context.start();
        return context;
    }

    @Test
    void aPersistentRepositoryOnARouteWithoutAnIdIsRefusedAtStart() {
        assertThatThrownBy(() -> start("iletimerkezi:report?orderId=428&startScheduler=false&stateRepository=#orders"))
                .hasStackTraceContaining("consumer of route route")
                .hasStackTraceContaining("give the route a fixed routeId, or set the streamName option");
    }

    @Test
    void aStreamNameFindsTheOrdersAgainWhenRoutesAreAdded() throws Exception {
        CamelContext first = start("iletimerkezi:report?streamName=deliveries&orderId=428&startScheduler=false"
                                   + "&stateRepository=#orders");
        assertThat(reportConsumer(first).getTrackedOrderIds()).containsExactly("428");
        first.stop();

        // redeployed with another route in front and without orderId: the orders come from the kept state
        CamelContext second = start("timer:tick?repeatCount=1",
                "iletimerkezi:report?streamName=deliveries&startScheduler=false&stateRepository=#orders");
        try {
            assertThat(reportConsumer(second).getTrackedOrderIds()).containsExactly("428");
        } finally {
            second.stop();
        }
    }

    private static IletiMerkeziReportConsumer reportConsumer(CamelContext context) {
        List<IletiMerkeziReportConsumer> consumers = context.getRoutes().stream().map(r -> r.getConsumer())
                .filter(IletiMerkeziReportConsumer.class::isInstance).map(IletiMerkeziReportConsumer.class::cast).toList();
        assertThat(consumers).hasSize(1);
        return consumers.get(0);
    }
}
