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
package io.github.cameliletimerkezi.sandbox;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;

import com.sun.management.OperatingSystemMXBean;

/**
 * Measures how many small requests a second the sandbox answers on loopback: {@code connections} keep-alive
 * connections send balance queries for {@code seconds} seconds after a warm-up, and the rate is printed. The client is a
 * minimal HTTP/1.1 writer and reader, so the client side costs little next to the server.
 * <p>
 * Arguments: {@code [connections=8] [seconds=5] [warmupSeconds=2]}. Bounded in time; talks to 127.0.0.1 only.
 */
public final class SandboxThroughput {

    private SandboxThroughput() {
    }

    public static void main(String[] args) throws Exception {
        int connections = args.length > 0 ? Integer.parseInt(args[0]) : 8;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        try (IletiMerkeziSandbox sandbox = IletiMerkeziSandbox.builder().threads(connections).start()) {
            int port = Integer.parseInt(sandbox.baseUrl().replaceAll(".*:(\\d+)/v1", "$1"));
            byte[] request = balanceRequest(port, sandbox.settings());
            run(port, request, connections, warmup);
            OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            long cpuBefore = os.getProcessCpuTime();
            long start = System.nanoTime();
            long answered = run(port, request, connections, seconds);
            double elapsed = (System.nanoTime() - start) / 1e9;
            double cpuMicros = (os.getProcessCpuTime() - cpuBefore) / 1e3 / answered;
            // CPU time per request compares versions on a busy machine, where the rate mostly measures the neighbours
            System.out.printf("sandbox: %d balance requests in %.1f s over %d keep-alive connections: %.0f requests/s, "
                              + "%.0f µs CPU per request (sandbox and load generator)%n",
                    answered, elapsed, connections, answered / elapsed, cpuMicros);
        }
    }

    private static long run(int port, byte[] request, int connections, int seconds) throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        LongAdder answered = new LongAdder();
        List<Thread> threads = new ArrayList<>();
        List<Exception> failures = new ArrayList<>();
        for (int i = 0; i < connections; i++) {
            Thread thread = new Thread(() -> {
                try (Socket socket = new Socket("127.0.0.1", port)) {
                    socket.setTcpNoDelay(true);
                    OutputStream out = socket.getOutputStream();
                    InputStream in = new BufferedInputStream(socket.getInputStream());
                    while (!stop.get()) {
                        out.write(request);
                        out.flush();
                        if (readResponse(in) != 200) {
                            throw new IOException("the sandbox did not answer 200");
                        }
                        answered.increment();
                    }
                } catch (Exception e) {
                    synchronized (failures) {
                        failures.add(e);
                    }
                }
            });
            thread.start();
            threads.add(thread);
        }
        Thread.sleep(seconds * 1000L);
        stop.set(true);
        for (Thread thread : threads) {
            thread.join();
        }
        if (!failures.isEmpty()) {
            throw failures.get(0);
        }
        return answered.sum();
    }

    private static byte[] balanceRequest(int port, SandboxSettings settings) {
        String body = "<request><authentication><username>" + settings.username() + "</username><password>"
                      + settings.password() + "</password></authentication><order/></request>";
        byte[] bodyBytes = body.getBytes(StandardCharsets.UTF_8);
        String head = "POST /v1/get-balance HTTP/1.1\r\nHost: 127.0.0.1:" + port
                      + "\r\nContent-Type: text/xml; charset=utf-8\r\nContent-Length: " + bodyBytes.length + "\r\n\r\n";
        byte[] headBytes = head.getBytes(StandardCharsets.US_ASCII);
        byte[] request = new byte[headBytes.length + bodyBytes.length];
        System.arraycopy(headBytes, 0, request, 0, headBytes.length);
        System.arraycopy(bodyBytes, 0, request, headBytes.length, bodyBytes.length);
        return request;
    }

    /** Reads one response and returns its status; the body is skipped by its Content-Length. */
    private static int readResponse(InputStream in) throws IOException {
        String statusLine = readLine(in);
        int status = Integer.parseInt(statusLine.split(" ")[1]);
        int length = 0;
        for (String line = readLine(in); !line.isEmpty(); line = readLine(in)) {
            if (line.regionMatches(true, 0, "Content-Length:", 0, 15)) {
                length = Integer.parseInt(line.substring(15).trim());
            }
        }
        in.readNBytes(length);
        return status;
    }

    private static String readLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new IOException("connection closed");
            }
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }
}
