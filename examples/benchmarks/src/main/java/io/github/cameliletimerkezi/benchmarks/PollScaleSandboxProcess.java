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
