package io.github.cameliletimerkezi.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The {@link FixedAnswerServer} child process, from its start to its end. */
final class FixedAnswerServerProcess implements AutoCloseable {

    private final Process process;
    private final int port;

    private FixedAnswerServerProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static FixedAnswerServerProcess start(int threads) throws IOException {
        Process process = JavaProcess.start(FixedAnswerServer.class,
                List.of("-Xmx256m", "-XX:+UseSerialGC", "-Dsun.net.httpserver.nodelay=true"),
                List.of(String.valueOf(threads)));
        BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line = output.readLine();
        if (line == null || !line.startsWith(FixedAnswerServer.LISTENING)) {
            process.destroyForcibly();
            throw new IOException("The fixed-answer server did not start; it printed: " + line);
        }
        return new FixedAnswerServerProcess(process, Integer.parseInt(line.substring(FixedAnswerServer.LISTENING.length()).trim()));
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port + "/v1";
    }

    long pid() {
        return process.pid();
    }

    @Override
    public void close() throws IOException {
        process.getOutputStream().close();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
