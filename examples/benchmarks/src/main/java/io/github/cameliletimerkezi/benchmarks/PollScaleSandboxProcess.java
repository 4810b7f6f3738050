package io.github.cameliletimerkezi.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The {@link PollScaleSandbox} child process, from its start to its end, and its commands. */
final class PollScaleSandboxProcess implements AutoCloseable {

    private final ServerProcess server;
    private final PrintWriter input;

    private PollScaleSandboxProcess(ServerProcess server) {
        this.server = server;
        this.input = new PrintWriter(new OutputStreamWriter(server.input(), StandardCharsets.UTF_8), true);
    }

    static PollScaleSandboxProcess start(long latencyMillis) throws IOException {
        return new PollScaleSandboxProcess(ServerProcess.start(PollScaleSandbox.class,
                List.of("-Xmx256m", "-XX:+UseSerialGC", "-Dsun.net.httpserver.nodelay=true"),
                List.of(String.valueOf(latencyMillis)), PollScaleSandbox.LISTENING, "sandbox"));
    }

    String baseUrl() {
        return server.address();
    }

    long pid() {
        return server.pid();
    }

    long requests() throws IOException {
        return Long.parseLong(command("requests"));
    }

    void advanceMinutes(long minutes) throws IOException {
        String answer = command("advance " + minutes);
        if (!"ok".equals(answer)) {
            throw new IOException("The sandbox did not move its clock: " + answer);
        }
    }

    private String command(String command) throws IOException {
        input.println(command);
        String answer = server.output().readLine();
        if (answer == null) {
            throw new IOException("The sandbox process ended");
        }
        return answer.trim();
    }

    @Override
    public void close() throws IOException {
        input.close();
        server.close();
    }
}
