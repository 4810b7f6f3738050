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
