package io.github.cameliletimerkezi.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;

/**
 * A webhook receiver for the sandbox's pushes: records every request and answers with the status its path names
 * ({@code /status/503}), 200 for any other path.
 */
final class PushReceiver implements AutoCloseable {

    record Push(String path, String contentType, String body) {
    }

    private final HttpServer server;
    final List<Push> pushes = new CopyOnWriteArrayList<>();

    PushReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
        server.createContext("/", exchange -> {
            try (exchange; InputStream in = exchange.getRequestBody()) {
                String path = exchange.getRequestURI().getPath();
                pushes.add(new Push(path, exchange.getRequestHeaders().getFirst("Content-Type"),
                        new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                int status = path.startsWith("/status/") ? Integer.parseInt(path.substring(8)) : 200;
                byte[] answer = ("answered " + status).getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(status, answer.length);
                exchange.getResponseBody().write(answer);
            }
        });
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    List<Push> at(String path) {
        return pushes.stream().filter(push -> push.path().equals(path)).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
