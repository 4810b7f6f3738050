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

import io.github.cameliletimerkezi.model.DeliveryStatus;
import io.github.cameliletimerkezi.model.DeliveryUpdate;
import io.github.cameliletimerkezi.model.OrderStatus;
import io.github.cameliletimerkezi.model.OrderUpdate;
import org.apache.camel.Exchange;
import org.apache.camel.InvalidPayloadException;
import org.apache.camel.Processor;
import org.apache.camel.util.json.JsonObject;

/**
 * Turns a report consumer's update into the JSON body of the {@code iletimerkezi-delivery-report-source} Kamelet.
 * <p>
 * Written with camel-util-json, which every Camel runtime already carries, so the Kamelet needs no JSON data format
 * (and no camel-jackson) on the classpath. The {@code status} field uses the same words as the Kamelet's {@code status}
 * header: {@code delivered} and {@code undelivered} for a recipient, {@code completed}, {@code failed} and
 * {@code not-found} for an order.
 */
public class ReportUpdateJson implements Processor {

    @Override
    public void process(Exchange exchange) throws InvalidPayloadException {
        Object body = exchange.getMessage().getBody();
        JsonObject json;
        if (body instanceof DeliveryUpdate update) {
            json = toJson(update);
        } else if (body instanceof OrderUpdate update) {
            json = toJson(update);
        } else {
            throw new InvalidPayloadException(exchange, DeliveryUpdate.class);
        }
        exchange.getMessage().setBody(json.toJson());
    }

    static JsonObject toJson(DeliveryUpdate update) {
        JsonObject json = new JsonObject();
        json.put("type", "recipient");
        json.put("orderId", update.orderId());
        json.put("phoneNumber", update.number());
        json.put("status", update.status() == DeliveryStatus.DELIVERED ? "delivered" : "undelivered");
        json.put("statusCode", update.statusCode());
        json.put("meaning", update.meaning());
        json.put("seenAt", update.seenAt() == null ? null : update.seenAt().toString());
        return json;
    }

    static JsonObject toJson(OrderUpdate update) {
        JsonObject json = new JsonObject();
        json.put("type", "order");
        json.put("orderId", update.orderId());
        json.put("status", orderStatus(update));
        json.put("statusCode", update.statusCode());
        json.put("total", update.total());
        json.put("delivered", update.delivered());
        json.put("undelivered", update.undelivered());
        json.put("waiting", update.waiting());
        json.put("price", update.price());
        json.put("meaning", update.meaning());
        json.put("seenAt", update.seenAt() == null ? null : update.seenAt().toString());
        return json;
    }

    private static String orderStatus(OrderUpdate update) {
        OrderStatus status = update.status();
        if (status == OrderStatus.COMPLETED) {
            return "completed";
        }
        return status == OrderStatus.FAILED ? "failed" : "not-found";
    }
}
