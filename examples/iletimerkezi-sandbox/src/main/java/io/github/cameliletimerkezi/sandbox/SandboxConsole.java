package io.github.cameliletimerkezi.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;

/**
 * The web console's files ({@code GET /console/}): one page, its style sheet and its script, read once from the jar.
 * The script fetches {@code /sandbox/state} every second and draws it with DOM text nodes only, so texts are shown as
 * they were sent and never read as markup; the Content-Security-Policy allows no inline script on top of that.
 */
final class SandboxConsole {

    static final String PATH = "/console/";
    private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
                                      + " frame-ancestors 'none'; form-action 'self'";

    private record Asset(String contentType, byte[] bytes) {
    }

    private final Map<String, Asset> assets = Map.of(
            "/console/", asset("index.html", "text/html; charset=utf-8"),
            "/console/console.css", asset("console.css", "text/css; charset=utf-8"),
            "/console/console.js", asset("console.js", "text/javascript; charset=utf-8"));

    void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            exchange.getRequestBody().close();
            String path = exchange.getRequestURI().getPath();
            Asset asset = assets.get(path.equals("/console") || path.equals("/console/index.html") ? "/console/" : path);
            if (asset == null || !("GET".equals(exchange.getRequestMethod()) || "HEAD".equals(exchange.getRequestMethod()))) {
                exchange.sendResponseHeaders(asset == null ? 404 : 405, -1);
                return;
            }
            exchange.getResponseHeaders().set("Content-Type", asset.contentType());
            exchange.getResponseHeaders().set("Content-Security-Policy", CSP);
            exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
            exchange.getResponseHeaders().set("Cache-Control", "no-cache");
            boolean head = "HEAD".equals(exchange.getRequestMethod());
            exchange.sendResponseHeaders(200, head ? -1 : asset.bytes().length);
            if (!head) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(asset.bytes());
                }
            }
        }
    }

    private static Asset asset(String name, String contentType) {
        try (InputStream in = SandboxConsole.class.getResourceAsStream("console/" + name)) {
            if (in == null) {
                throw new IllegalStateException("console/" + name + " is missing from the sandbox's jar");
            }
            return new Asset(contentType, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
