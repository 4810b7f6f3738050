package io.github.cameliletimerkezi.report;

class MemoryFollowedOrderStoreTest extends FollowedOrderStoreContract {

    @Override
    protected FollowedOrderStore createStore() {
        return new MemoryFollowedOrderStore();
    }
}
