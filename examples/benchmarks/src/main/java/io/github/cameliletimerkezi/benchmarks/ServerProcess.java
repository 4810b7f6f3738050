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
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A server of this module run in a JVM of its own ({@link JavaProcess}), from its start to its end. The server prints
 * one line, its ready prefix and its address, when it listens, and ends when its standard input closes.
 */
final class ServerProcess implements AutoCloseable {

    private final Process process;
    private final BufferedReader output;
    private final String address;

    private ServerProcess(Process process, BufferedReader output, String address) {
        this.process = process;
        this.output = output;
        this.address = address;
    }

    /**
     * @param readyPrefix what the server's first line starts with; the rest of that line is its address
     * @param name        what the server is, for the error when it does not start
     */
    static ServerProcess start(Class<?> mainClass, List<String> jvmOptions, List<String> arguments, String readyPrefix,
                               String name) throws IOException {
        Process process = JavaProcess.start(mainClass, jvmOptions, arguments);
        BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line = output.readLine();
        if (line == null || !line.startsWith(readyPrefix)) {
            process.destroyForcibly();
            throw new IOException("The " + name + " did not start; it printed: " + line);
        }
        return new ServerProcess(process, output, line.substring(readyPrefix.length()).trim());
    }

    /** The rest of the server's first line. */
    String address() {
        return address;
    }

    long pid() {
        return process.pid();
    }

    /** What the server prints after its first line. */
    BufferedReader output() {
        return output;
    }

    /** The server's standard input; closing it ends the server. */
    OutputStream input() {
        return process.getOutputStream();
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
