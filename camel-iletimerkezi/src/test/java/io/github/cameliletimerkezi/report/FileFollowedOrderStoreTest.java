package io.github.cameliletimerkezi.report;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class FileFollowedOrderStoreTest extends FollowedOrderStoreContract {

    @TempDir
    Path directory;

    @Override
    protected FollowedOrderStore createStore() {
        return new FileFollowedOrderStore(directory.resolve("orders"));
    }

    @Test
    void aNewStoreOnTheSameDirectoryFindsTheOrders() throws Exception {
        store.add("reports/1", FollowedOrder.of("428", OrderSource.SEND, FOLLOWED));
        store.stop();

        FileFollowedOrderStore again = new FileFollowedOrderStore(directory.resolve("orders"));
        again.start();
        assertThat(again.orders("reports/1")).singleElement().satisfies(order -> assertThat(order.orderId()).isEqualTo("428"));
        again.stop();
    }
}
