package io.github.cameliletimerkezi.benchmarks;

/**
 * One measured poll of the report consumer.
 *
 * @param orderList whether the consumer asked the order list first (useOrderList)
 * @param latencyMillis the sandbox's latency
 * @param followed  the orders it followed
 * @param changed   how many of them changed since the poll before
 * @param requests  requests the sandbox answered during the poll
 * @param millis    the poll's wall time
 * @param updates   updates the poll emitted
 */
record PollScaleResult(boolean orderList, long latencyMillis, int followed, int changed, long requests, long millis, int updates) {

    /** Every change reached the route: one recipient update per changed order. */
    boolean complete() {
        return updates == changed;
    }
}
