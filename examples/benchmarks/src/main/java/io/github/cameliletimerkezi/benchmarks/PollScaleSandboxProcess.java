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

    private final Process process;
    private final BufferedReader output;
    private final PrintWriter input;
    private final String baseUrl;

    private PollScaleSandboxProcess(Process process, BufferedReader output, String baseUrl) {
        this.process = process;
        this.output = output;
        this.input = new PrintWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8), true);
        this.baseUrl = baseUrl;
    }

    static PollScaleSandboxProcess start(long latencyMillis) throws IOException {
        Process process = JavaProcess.start(PollScaleSandbox.class,
                List.of("-Xmx256m", "-XX:+UseSerialGC", "-Dsun.net.httpserver.nodelay=true"),
                List.of(String.valueOf(latencyMillis)));
        BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line = output.readLine();
        if (line == null || !line.startsWith(PollScaleSandbox.LISTENING)) {
            process.destroyForcibly();
            throw new IOException("The sandbox did not start; it printed: " + line);
        }
        return new PollScaleSandboxProcess(process, output, line.substring(PollScaleSandbox.LISTENING.length()).trim());
    }

    String baseUrl() {
        return baseUrl;
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
        String answer = output.readLine();
        if (answer == null) {
            throw new IOException("The sandbox process ended");
        }
        return answer.trim();
    }

    @Override
    public void close() throws IOException {
        input.close();
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
