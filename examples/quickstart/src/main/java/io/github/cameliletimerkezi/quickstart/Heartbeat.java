package io.github.cameliletimerkezi.quickstart;

import java.io.PrintStream;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Prints "still ..." every few seconds while a slow step runs (Camel's first start on a busy machine, waiting for
 * delivery reports), so the quickstart is never silent long enough to look hung.
 */
final class Heartbeat implements AutoCloseable {

    private final ScheduledExecutorService timer;

    private Heartbeat(PrintStream out, String doing, long periodSeconds) {
        long start = System.nanoTime();
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "quickstart-heartbeat");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleAtFixedRate(() -> out.printf("  ... still %s (%d s)%n", doing,
                TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start)), periodSeconds, periodSeconds, TimeUnit.SECONDS);
    }

    /** Starts printing every {@code periodSeconds} until closed. */
    static Heartbeat every(PrintStream out, String doing, long periodSeconds) {
        return new Heartbeat(out, doing, periodSeconds);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
