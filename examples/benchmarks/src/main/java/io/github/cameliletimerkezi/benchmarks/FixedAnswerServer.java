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

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The provider stand-in the benchmarks talk to, run in a process of its own so that its CPU is counted apart: a plain
 * JDK HTTP server on the loopback address that answers every {@code POST /v1/send-sms} with the recorded send answer
 * ({@code send-success.xml}) and every {@code POST /v1/get-report} with a page of {@link LargeOrder}. It prints its port
 * on the first line of its output and exits when its standard input closes, so it never outlives the benchmark that
 * started it.
 */
public final class FixedAnswerServer {

    static final String LISTENING = "fixed-answer server listening on port ";
    static final String SEND_ANSWER = "samples/send-success.xml";

    private static final Pattern ORDER_ID = Pattern.compile("<id>\\s*([^<]*?)\\s*</id>");
    private static final Pattern PAGE = Pattern.compile("<page>\\s*(\\d+)\\s*</page>");
    private static final Pattern ROW_COUNT = Pattern.compile("<rowCount>\\s*(\\d+)\\s*</rowCount>");
    private static final byte[] ORDER_NOT_FOUND = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<response>\n"
            + "  <status>\n    <code>455</code>\n    <message>Sipariş bulunamadı</message>\n  </status>\n</response>\n")
            .getBytes(StandardCharsets.UTF_8);

    private FixedAnswerServer() {
    }

    /** @param args the number of threads that answer; defaults to 8 */
    public static void main(String[] args) throws IOException {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : 8;
        byte[] sendAnswer = resource(SEND_ANSWER);

        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 128);
        server.createContext("/v1/send-sms", exchange -> answer(exchange, 200, sendAnswer));
        server.createContext("/v1/get-report", FixedAnswerServer::report);
        ExecutorService executor = Executors.newFixedThreadPool(threads);
        server.setExecutor(executor);
        server.start();
        System.out.println(LISTENING + server.getAddress().getPort());
        System.out.flush();

        // the parent closes our standard input when it is done, or the system does when the parent dies
        InputStream parent = System.in;
        while (parent.read() >= 0) {
            // nothing is sent on this channel
        }
        server.stop(0);
        executor.shutdownNow();
    }

    private static void report(HttpExchange exchange) throws IOException {
        String request = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        if (!LargeOrder.ID.equals(find(ORDER_ID, request, ""))) {
            answer(exchange, 455, ORDER_NOT_FOUND);
            return;
        }
        int page = Integer.parseInt(find(PAGE, request, "1"));
        int rowCount = Integer.parseInt(find(ROW_COUNT, request, "1000"));
        answer(exchange, 200, LargeOrder.page(page, rowCount));
    }

    private static String find(Pattern pattern, String text, String otherwise) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? matcher.group(1) : otherwise;
    }

    private static void answer(HttpExchange exchange, int status, byte[] body) throws IOException {
        try (exchange) {
            // the connection is reused only after the request was read whole
            exchange.getRequestBody().transferTo(OutputStream.nullOutputStream());
            exchange.getResponseHeaders().set("Content-Type", "text/xml; charset=utf-8");
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
        }
    }

    static byte[] resource(String name) {
        try (InputStream in = FixedAnswerServer.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is not on the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
