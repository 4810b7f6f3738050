package io.github.cameliletimerkezi.report;

import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves a stream's followed orders kept in a StateRepository (the single value {@code iletimerkezi.<stream>.orders}
 * earlier versions wrote) into an orderStore, once: each order is added (one the store follows already stays as it
 * is), then the value is emptied, so the next start finds nothing to move.
 */
final class StateMigration {

    private static final Logger LOG = LoggerFactory.getLogger(StateMigration.class);

    private StateMigration() {
    }

    static int migrate(org.apache.camel.spi.StateRepository<String, String> state, FollowedOrderStore store, String stream,
            Instant now) {
        String key = StateRepositoryOrderStore.key(stream);
        List<FollowedOrder> orders = StateRepositoryOrderStore.read(state.getState(key), now);
        if (orders.isEmpty()) {
            return 0;
        }
        for (FollowedOrder order : orders) {
            store.add(stream, order.withVersion(0));
        }
        state.setState(key, "");
        LOG.info("Moved {} followed orders of stream {} from the stateRepository ({}) to the orderStore", orders.size(),
                stream, key);
        return orders.size();
    }
}
