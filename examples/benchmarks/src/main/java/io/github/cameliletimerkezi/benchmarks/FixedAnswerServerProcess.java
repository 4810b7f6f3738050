package io.github.cameliletimerkezi.benchmarks;

import java.io.IOException;
import java.util.List;

/** The {@link FixedAnswerServer} child process, from its start to its end. */
final class FixedAnswerServerProcess implements AutoCloseable {

    private final ServerProcess server;

    private FixedAnswerServerProcess(ServerProcess server) {
        this.server = server;
    }

    static FixedAnswerServerProcess start(int threads) throws IOException {
        return new FixedAnswerServerProcess(ServerProcess.start(FixedAnswerServer.class,
                List.of("-Xmx256m", "-XX:+UseSerialGC", "-Dsun.net.httpserver.nodelay=true"),
                List.of(String.valueOf(threads)), FixedAnswerServer.LISTENING, "fixed-answer server"));
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.address() + "/v1";
    }

    long pid() {
        return server.pid();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
