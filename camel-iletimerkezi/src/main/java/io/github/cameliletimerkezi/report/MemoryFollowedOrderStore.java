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
package io.github.cameliletimerkezi.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.camel.support.service.ServiceSupport;

/**
 * Keeps followed orders in this JVM's memory: the default, for one instance whose restart may start over. Entries
 * of one stream keep the order they were followed in.
 */
public class MemoryFollowedOrderStore extends ServiceSupport implements FollowedOrderStore {

    private final Map<String, Map<String, FollowedOrder>> streams = new ConcurrentHashMap<>();

    private Map<String, FollowedOrder> stream(String stream) {
        return streams.computeIfAbsent(stream, s -> new LinkedHashMap<>());
    }

    @Override
    public List<FollowedOrder> orders(String stream) {
        Map<String, FollowedOrder> orders = stream(stream);
        synchronized (orders) {
            return new ArrayList<>(orders.values());
        }
    }

    @Override
    public FollowedOrder add(String stream, FollowedOrder order) {
        Map<String, FollowedOrder> orders = stream(stream);
        synchronized (orders) {
            if (orders.containsKey(order.orderId())) {
                return null;
            }
            FollowedOrder stored = order.withVersion(1);
            orders.put(order.orderId(), stored);
            return stored;
        }
    }

    @Override
    public FollowedOrder update(String stream, FollowedOrder changed) {
        Map<String, FollowedOrder> orders = stream(stream);
        synchronized (orders) {
            FollowedOrder current = orders.get(changed.orderId());
            if (current == null || current.version() != changed.version()) {
                return null;
            }
            FollowedOrder stored = changed.withVersion(changed.version() + 1);
            orders.put(changed.orderId(), stored);
            return stored;
        }
    }

    @Override
    public boolean remove(String stream, String orderId, long version) {
        Map<String, FollowedOrder> orders = stream(stream);
        synchronized (orders) {
            FollowedOrder current = orders.get(orderId);
            if (current == null || current.version() != version) {
                return false;
            }
            orders.remove(orderId);
            return true;
        }
    }
}
