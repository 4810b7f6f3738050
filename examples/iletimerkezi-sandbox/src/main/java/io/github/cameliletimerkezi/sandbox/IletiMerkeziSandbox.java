package io.github.cameliletimerkezi.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.xml.stream.XMLStreamException;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A local stand-in for the İleti Merkezi XML API: the same paths, envelope, status codes and rules, with one account
 * whose balance, senders and orders it keeps in memory. Delivery progresses with the sandbox's clock. Runs standalone
 * ({@link SandboxMain}) or inside a test:
 *
 * <pre>
 * try (IletiMerkeziSandbox sandbox = IletiMerkeziSandbox.builder().deliveryDelay(Duration.ofMillis(200)).start()) {
 *     String baseUrl = sandbox.baseUrl();
 * }
 * </pre>
 */
public final class IletiMerkeziSandbox implements AutoCloseable {

    /** Where the legacy account-info request goes, under the sandbox's root. */
    public static final String ACCOUNT_PATH = "/index.php";

    private final SandboxSettings settings;
    private final SandboxAccount account;
    private final String apiHash;
    private final SandboxJsonApi json;
    private final AtomicLong requests = new AtomicLong();
    private HttpServer server;
    private ExecutorService executor;

    IletiMerkeziSandbox(SandboxSettings settings) {
        this.settings = settings;
        this.account = new SandboxAccount(settings);
        this.apiHash = hmacSha256Hex(settings.secretKey(), settings.publicKey());
        this.json = new SandboxJsonApi(settings, account, this::authenticatedJson);
    }

    public static SandboxSettings.Builder builder() {
        return new SandboxSettings.Builder();
    }

    public synchronized IletiMerkeziSandbox start() {
        // the JDK server writes headers and body apart; without TCP_NODELAY each answer waits out a delayed ACK
        // (40 ms). The JDK reads this once, when its first server is created.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
        try {
            server = HttpServer.create(new InetSocketAddress(settings.host, settings.port), 256);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot listen on " + settings.host + ":" + settings.port, e);
        }
        executor = Executors.newFixedThreadPool(settings.threads, runnable -> {
            Thread thread = new Thread(runnable, "iletimerkezi-sandbox");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
        return this;
    }

    public synchronized void stop() {
        if (server != null) {
            server.stop(0);
            executor.shutdownNow();
            account.webhook().close();
            server = null;
        }
    }

    @Override
    public void close() {
        stop();
    }

    /** The API root to give clients, e.g. {@code http://127.0.0.1:40123/v1}. */
    public String baseUrl() {
        return "http://" + settings.host + ":" + server.getAddress().getPort() + "/v1";
    }

    /** The legacy account-info address. */
    public String accountUrl() {
        return "http://" + settings.host + ":" + server.getAddress().getPort() + ACCOUNT_PATH;
    }

    public SandboxSettings settings() {
        return settings;
    }

    /** The hash that goes with the public key: lowercase hex HMAC-SHA256 keyed with the secret. */
    public String apiHash() {
        return apiHash;
    }

    public SandboxClock clock() {
        return settings.clock();
    }

    public long smsCredits() {
        return account.smsCredits();
    }

    /**
     * Pushes delivery reports to this address from now on, as the provider does once a notification URL is set in its
     * panel; null stops pushing.
     */
    public void pushReportsTo(String url) {
        account.webhook().url(url);
    }

    /** Report pushes made so far (answered or not). */
    public long reportPushes() {
        return account.webhook().pushes();
    }

    /** Whether the account has an İYS subscription; without one the consent endpoints answer 403. On by default. */
    public void iysSubscription(boolean subscribed) {
        json.consents.subscribed(subscribed);
    }

    /** Requests answered so far. */
    public long requestCount() {
        return requests.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            requests.incrementAndGet();
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            answer(exchange, route(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), body));
        }
    }

    private SandboxAnswer route(String method, String path, byte[] body) {
        if (!"POST".equals(method)) {
            return SandboxAnswer.of(404);
        }
        if (path.startsWith("/v1/") && path.endsWith("/json")) {
            return json.route(path, body);
        }
        XmlNode request;
        try {
            request = XmlNode.parse(body);
        } catch (XMLStreamException e) {
            return SandboxAnswer.of(400);
        }
        if (ACCOUNT_PATH.equals(path)) {
            return "userInfo".equals(request.name()) && settings.username().equals(request.value("userName"))
                   && settings.password().equals(request.value("userPassword"))
                    ? account.accountInfo() : SandboxAnswer.of(401);
        }
        if (!"request".equals(request.name())) {
            return SandboxAnswer.of(400);
        }
        if (!authenticated(request.child("authentication"))) {
            return SandboxAnswer.of(401);
        }
        XmlNode order = request.child("order");
        return switch (path) {
            case "/v1/send-sms" -> account.send(order);
            case "/v1/cancel-order" -> account.cancel(order);
            case "/v1/get-report" -> account.report(order);
            case "/v1/get-balance" -> account.balance();
            case "/v1/get-sender" -> account.senders();
            case "/v1/add-blacklist" -> account.blacklist().add(request.child("blacklist"));
            case "/v1/delete-blacklist" -> account.blacklist().delete(request.child("blacklist"));
            case "/v1/get-blacklist" -> account.blacklist().list(request.child("blacklist"));
            default -> SandboxAnswer.of(404);
        };
    }

    private boolean authenticated(XmlNode authentication) {
        if (authentication == null) {
            return false;
        }
        String key = authentication.value("key");
        if (key != null) {
            return constantTimeEquals(key, settings.publicKey()) && constantTimeEquals(authentication.value("hash"), apiHash);
        }
        return constantTimeEquals(authentication.value("username"), settings.username())
               && constantTimeEquals(authentication.value("password"), settings.password());
    }

    private boolean authenticatedJson(com.fasterxml.jackson.databind.JsonNode authentication) {
        if (authentication == null || !authentication.isObject()) {
            return false;
        }
        if (authentication.hasNonNull("key")) {
            return constantTimeEquals(authentication.get("key").asText(), settings.publicKey())
                   && constantTimeEquals(authentication.path("hash").asText(null), apiHash);
        }
        return constantTimeEquals(authentication.path("username").asText(null), settings.username())
               && constantTimeEquals(authentication.path("password").asText(null), settings.password());
    }

    private static boolean constantTimeEquals(String given, String expected) {
        return given != null && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
                expected.getBytes(StandardCharsets.UTF_8));
    }

    private static void answer(HttpExchange exchange, SandboxAnswer answer) throws IOException {
        byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type",
                answer.body().startsWith("{") ? "application/json; charset=utf-8" : "text/xml; charset=utf-8");
        exchange.sendResponseHeaders(answer.status(), bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    static String hmacSha256Hex(String secret, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
