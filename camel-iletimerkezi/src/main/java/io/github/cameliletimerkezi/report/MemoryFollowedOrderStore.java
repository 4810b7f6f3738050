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
