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
package io.github.cameliletimerkezi.quickstart;

import java.io.PrintStream;

import io.github.cameliletimerkezi.model.DeliveryUpdate;
import io.github.cameliletimerkezi.model.OrderUpdate;
import org.apache.camel.builder.RouteBuilder;

/**
 * The quickstart's one route: the report consumer, printing a line per delivery and per finished order.
 */
final class QuickstartRoutes extends RouteBuilder {

    private final PrintStream out;
    private final DeliveryTally tally;

    QuickstartRoutes(PrintStream out, DeliveryTally tally) {
        this.out = out;
        this.tally = tally;
    }

    @Override
    public void configure() {
        from("iletimerkezi:report?delay={{quickstart.reportDelay:1s}}&initialDelay=0").routeId("delivery-reports")
                .process(exchange -> {
                    Object update = exchange.getMessage().getBody();
                    if (update instanceof DeliveryUpdate delivery) {
                        tally.recipient(delivery.isDelivered());
                        out.printf("  order %s  %-14s %s (%d %s)%n", delivery.orderId(), delivery.number(),
                                delivery.isDelivered() ? "delivered" : "NOT delivered", delivery.statusCode(),
                                delivery.meaning());
                    } else if (update instanceof OrderUpdate order) {
                        tally.orderFinal(order.orderId(), order.isCompleted());
                        if (order.isCompleted()) {
                            out.printf("  order %s  final: %s (%d), %d of %d delivered%n", order.orderId(), order.meaning(),
                                    order.statusCode(), order.delivered(), order.total());
                        } else if (tally.wasCancelled(order.orderId())) {
                            // the provider reports a cancelled order as 115, "could not be sent"
                            out.printf("  order %s  final: cancelled before its send time, nothing sent (%d %s)%n",
                                    order.orderId(), order.statusCode(), order.meaning());
                        } else {
                            out.printf("  order %s  final: NOT sent (%d %s)%n", order.orderId(), order.statusCode(),
                                    order.meaning());
                        }
                    }
                });
    }
}
