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
package io.github.cameliletimerkezi.kamelet;

import java.time.Instant;

import io.github.cameliletimerkezi.model.DeliveryStatus;
import io.github.cameliletimerkezi.model.DeliveryUpdate;
import io.github.cameliletimerkezi.model.OrderUpdate;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.InvalidPayloadException;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.apache.camel.util.json.JsonObject;
import org.apache.camel.util.json.Jsoner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The JSON the delivery-report-source Kamelet emits, for every kind of update the report consumer produces. */
class ReportUpdateJsonTest {

    private static final Instant SEEN = Instant.parse("2026-11-30T12:00:00Z");

    private final CamelContext context = new DefaultCamelContext();

    @AfterEach
    void close() throws Exception {
        context.close();
    }

    @Test
    void anUndeliveredRecipient() throws Exception {
        JsonObject json = process(new DeliveryUpdate("4711", "+905301234567", 112, DeliveryStatus.UNDELIVERED, SEEN));

        assertThat(json).containsEntry("type", "recipient").containsEntry("orderId", "4711")
                .containsEntry("phoneNumber", "+905301234567").containsEntry("status", "undelivered")
                .containsEntry("meaning", "Mesaj gönderilemedi").containsEntry("seenAt", "2026-11-30T12:00:00Z");
        assertThat(json.getInteger("statusCode")).isEqualTo(112);
    }

    @Test
    void aFailedOrder() throws Exception {
        JsonObject json = process(new OrderUpdate("4712", 115, 3, 0, 0, 3, "0,0000", SEEN));

        assertThat(json).containsEntry("type", "order").containsEntry("status", "failed")
                .containsEntry("meaning", "Sipariş gönderilemedi").containsEntry("price", "0,0000");
        assertThat(json.getInteger("waiting")).isEqualTo(3);
    }

    @Test
    void anOrderTheProviderNoLongerKnowsHasNullCounters() throws Exception {
        JsonObject json = process(new OrderUpdate("4713", 455, null, null, null, null, null, SEEN));

        assertThat(json).containsEntry("status", "not-found").containsEntry("total", null).containsEntry("price", null);
        assertThat(json.getInteger("statusCode")).isEqualTo(455);
    }

    @Test
    void anyOtherBodyIsRefused() {
        Exchange exchange = new DefaultExchange(context);
        exchange.getMessage().setBody("not an update");

        assertThatThrownBy(() -> new ReportUpdateJson().process(exchange)).isInstanceOf(InvalidPayloadException.class);
    }

    private JsonObject process(Object update) throws Exception {
        Exchange exchange = new DefaultExchange(context);
        exchange.getMessage().setBody(update);
        new ReportUpdateJson().process(exchange);
        return (JsonObject) Jsoner.deserialize(exchange.getMessage().getBody(String.class));
    }
}
