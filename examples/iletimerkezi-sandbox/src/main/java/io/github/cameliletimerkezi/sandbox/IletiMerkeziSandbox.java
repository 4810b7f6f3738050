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

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

import javax.xml.stream.XMLStreamException;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A local stand-in for the İleti Merkezi XML API: the same paths, envelope, status codes and rules, and answers
 * written as the provider's recorded ones are, with one account whose balance, senders and orders it keeps in memory.
 * Each operation is a {@link SandboxOperation} registered here by its path. Delivery progresses with the sandbox's clock. Runs standalone
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

    private static final byte[] GZIP_HEADER = gzipHeader();
    /** The request threads are the sandbox's own, so a deflater each lives as long as the sandbox. */
    private static final ThreadLocal<Deflater> DEFLATERS
            = ThreadLocal.withInitial(() -> new Deflater(Deflater.DEFAULT_COMPRESSION, true));

    private final SandboxSettings settings;
    private final SandboxAccount account;
    private final String apiHash;
    /** The current API's operations by path. */
    private final Map<String, SandboxOperation> operations;
    /** The JSON-only endpoints ({@code /v1/<op>/json}). */
    private final SandboxJsonApi json;
    /** The legacy panel's operations by their {@code obj1} query parameter. */
    private final Map<String, SandboxOperation> legacyOperations;
    private final SandboxControlApi control;
    private final AtomicLong requests = new AtomicLong();
    private HttpServer server;
    private ExecutorService executor;
    /** Wakes held-back answers when their latency has passed; null without latency. */
    private ScheduledExecutorService latencyTimer;

    IletiMerkeziSandbox(SandboxSettings settings) {
        this.settings = settings;
        this.account = new SandboxAccount(settings);
        this.apiHash = Secrets.hmacSha256Hex(settings.secretKey(), settings.publicKey());
        this.operations = Map.of(
                "/v1/send-sms", new SendSmsOperation(account),
                "/v1/cancel-order", new CancelOrderOperation(account),
                "/v1/get-report", new ReportOperation(account),
                "/v1/get-balance", new BalanceOperation(account),
                "/v1/get-sender", new SenderListOperation(settings),
                "/v1/add-blacklist", request -> account.blacklist.add(request.child("blacklist")),
                "/v1/delete-blacklist", request -> account.blacklist.delete(request.child("blacklist")),
                "/v1/get-blacklist", request -> account.blacklist.list(request.child("blacklist")));
        this.json = new SandboxJsonApi(settings, account, this::authenticatedJson);
        this.control = new SandboxControlApi(account, json.inbox);
        account.webhook.urls(settings.pushUrls);
        for (List<String> sms : settings.receivedSms) {
            json.inbox.receive(sms.get(0), sms.get(1), sms.get(2));
        }
        this.legacyOperations = Map.of(
                "getUserInfo", new LegacyAccountInfoOperation(settings),
                "getSmsHeader", new LegacySenderListOperation(settings));
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
        if (!settings.latency.isZero()) {
            latencyTimer = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "iletimerkezi-sandbox-latency");
                thread.setDaemon(true);
                return thread;
            });
        }
        server.createContext("/", this::handleAfterLatency);
        // the sandbox's own API and console have contexts of their own: the provider's API path pays nothing for them
        server.createContext(SandboxControlApi.PREFIX, control::handle);
        if (settings.console) {
            SandboxConsole console = new SandboxConsole();
            server.createContext(SandboxConsole.PATH, console::handle);
        }
        server.start();
        return this;
    }

    public synchronized void stop() {
        if (server != null) {
            server.stop(0);
            if (latencyTimer != null) {
                latencyTimer.shutdownNow();
                latencyTimer = null;
            }
            executor.shutdownNow();
            account.webhook.close();
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

    /**
     * The legacy account-info address. It needs no query, so it can go into an endpoint URI as it is; the provider's
     * form with {@code ?function=api&obj1=getUserInfo} is answered too.
     */
    public String accountUrl() {
        return "http://" + settings.host + ":" + server.getAddress().getPort() + ACCOUNT_PATH;
    }

    /** The legacy sender-list address, in the provider's form ({@code ?function=api&obj1=getSmsHeader}). */
    public String legacySenderListUrl() {
        return accountUrl() + "?function=api&obj1=getSmsHeader";
    }

    /** The web console's address, e.g. {@code http://127.0.0.1:40123/console/}; null when it is off. */
    public String consoleUrl() {
        return settings.console ? "http://" + settings.host + ":" + server.getAddress().getPort() + SandboxConsole.PATH : null;
    }

    /** The root of the sandbox's own API ({@code /sandbox/}: inbound SMS, deliver or fail now, the console's state). */
    public String controlUrl() {
        return "http://" + settings.host + ":" + server.getAddress().getPort() + "/sandbox";
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

    /** The paths of the current API's operations and the {@code obj1} names of the legacy panel's. */
    Set<String> operationNames() {
        Set<String> names = new TreeSet<>(operations.keySet());
        names.addAll(SandboxJsonApi.paths());
        names.addAll(legacyOperations.keySet());
        return names;
    }

    /**
     * Pushes delivery reports to these addresses from now on, as the provider does once a notification URL is set in
     * its panel; none (or a null) stops pushing. Each recipient's {@code accepted} and its outcome go to every address,
     * in the provider's format ({@code {"report":{"id","packet_id","status","to","body"}}}, JSON). The provider
     * documents no retry; the sandbox tries a push that cannot connect, times out (5 s) or is answered 5xx again after
     * 1 s and 4 s more, and logs every attempt with its answer ({@code /sandbox/state}, the console).
     */
    public void pushReportsTo(String... urls) {
        account.webhook.urls(urls == null || urls.length == 1 && urls[0] == null ? List.of() : List.of(urls));
    }

    /** Report pushes finished so far (answered or given up), one per recipient, status and address. */
    public long reportPushes() {
        return account.webhook.pushes();
    }

    /** Whether the account has an İYS subscription; without one the consent endpoints answer 403. On by default. */
    public void iysSubscription(boolean subscribed) {
        json.consents.subscribed(subscribed);
    }

    /**
     * An SMS arrives in the account's inbox, received now (sandbox clock); {@code get-inbox} lists it from then on.
     *
     * @param  sender   the number it came from (any form the provider takes; listed as {@code +90...})
     * @param  receiver the account's number or short code it was sent to, e.g. {@code 7889}
     * @return          its id in the inbox
     */
    public String receiveSms(String sender, String receiver, String text) {
        return json.inbox.receive(sender, receiver, text);
    }

    /** Requests answered so far. */
    public long requestCount() {
        return requests.get();
    }

    /**
     * With a latency, the request thread only schedules the exchange and returns: the timer hands it back to the
     * request threads when the latency has passed, so waiting requests hold no thread and burn no CPU.
     */
    private void handleAfterLatency(HttpExchange exchange) throws IOException {
        ScheduledExecutorService timer = latencyTimer;
        if (timer == null) {
            handle(exchange);
            return;
        }
        ExecutorService handlers = executor;
        try {
            timer.schedule(() -> handlers.execute(() -> {
                try {
                    handle(exchange);
                } catch (IOException | RuntimeException e) {
                    exchange.close();
                }
            }), settings.latency.toNanos(), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            // stopping
            exchange.close();
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            requests.incrementAndGet();
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            String path = exchange.getRequestURI().getPath();
            String legacyOperation = ACCOUNT_PATH.equals(path) ? queryValue(exchange.getRequestURI().getRawQuery(), "obj1") : null;
            SandboxAnswer answer = route(exchange.getRequestMethod(), path, legacyOperation, body);
            if (settings.requestLog != null) {
                // before the answer goes out, so whoever reads the answer finds its line written
                settings.requestLog.accept(exchange.getRequestMethod() + " " + path
                                           + (legacyOperation != null ? " obj1=" + legacyOperation : "") + " -> "
                                           + answer.status() + " " + StatusMessages.of(answer.status()));
            }
            answer(exchange, answer);
        }
    }

    private SandboxAnswer route(String method, String path, String legacyOperation, byte[] body) {
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
            // without obj1 (a client given only the address) the body's root tells the operations apart
            String name = legacyOperation != null ? legacyOperation
                    : "smsApi".equals(request.name()) ? "getSmsHeader" : "getUserInfo";
            SandboxOperation operation = legacyOperations.get(name);
            return operation == null ? SandboxAnswer.of(404) : operation.answer(request);
        }
        SandboxOperation operation = operations.get(path);
        if (operation == null) {
            return SandboxAnswer.of(404);
        }
        if (!"request".equals(request.name())) {
            return SandboxAnswer.of(400);
        }
        if (!authenticated(request.child("authentication"))) {
            return SandboxAnswer.of(401);
        }
        return operation.answer(request);
    }

    private boolean authenticatedJson(com.fasterxml.jackson.databind.JsonNode authentication) {
        if (authentication == null || !authentication.isObject()) {
            return false;
        }
        if (authentication.hasNonNull("key")) {
            return Secrets.equal(authentication.get("key").asText(), settings.publicKey())
                   && Secrets.equal(authentication.path("hash").asText(null), apiHash);
        }
        return Secrets.equal(authentication.path("username").asText(null), settings.username())
               && Secrets.equal(authentication.path("password").asText(null), settings.password());
    }

    private boolean authenticated(XmlNode authentication) {
        if (authentication == null) {
            return false;
        }
        String key = authentication.value("key");
        if (key != null) {
            return Secrets.equal(key, settings.publicKey()) && Secrets.equal(authentication.value("hash"), apiHash);
        }
        return Secrets.equal(authentication.value("username"), settings.username())
               && Secrets.equal(authentication.value("password"), settings.password());
    }

    private static String queryValue(String query, String name) {
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0 && pair.substring(0, equals).equals(name)) {
                return URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    /**
     * The headers of the recorded answers (the provider's nginx and PHP session): a fresh session cookie, the PHP
     * no-cache trio, and on 200 answers the headers nginx adds only to those, plus gzip when the client accepts it.
     */
    private static void answer(HttpExchange exchange, SandboxAnswer answer) throws IOException {
        byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
        Headers headers = exchange.getResponseHeaders();
        headers.set("Content-Type",
                answer.body().startsWith("{") ? "application/json; charset=utf-8" : "text/xml; charset=utf-8");
        headers.set("Connection", "keep-alive");
        headers.set("Set-Cookie", "emsid=" + sessionId() + "; path=/");
        headers.set("Expires", "Thu, 19 Nov 1981 08:52:00 GMT");
        headers.set("Cache-Control", answer.service().cacheControl);
        headers.set("Pragma", "no-cache");
        if (answer.status() == 200) {
            headers.set("Vary", "Accept-Encoding");
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("Strict-Transport-Security", "max-age=15768000");
            if (acceptsGzip(exchange.getRequestHeaders().getFirst("Accept-Encoding"))) {
                headers.set("Content-Encoding", "gzip");
                bytes = gzip(bytes);
            }
        }
        exchange.sendResponseHeaders(answer.status(), bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String coding : acceptEncoding.split(",")) {
            String[] parts = coding.trim().split(";");
            if (parts[0].trim().equalsIgnoreCase("gzip")
                && !(parts.length > 1 && parts[1].trim().replace(" ", "").matches("q=0(\\.0*)?"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The bytes {@link GZIPOutputStream} writes for {@code bytes}, from a deflater reused by the request thread: a new
     * deflater per answer (as {@code GZIPOutputStream} makes) costs more than compressing a small answer.
     */
    static byte[] gzip(byte[] bytes) {
        Deflater deflater = DEFLATERS.get();
        deflater.reset();
        deflater.setInput(bytes);
        deflater.finish();
        byte[] out = new byte[GZIP_HEADER.length + bytes.length + bytes.length / 8 + 64];
        System.arraycopy(GZIP_HEADER, 0, out, 0, GZIP_HEADER.length);
        int length = GZIP_HEADER.length;
        while (!deflater.finished()) {
            if (length == out.length) {
                out = Arrays.copyOf(out, out.length * 2);
            }
            length += deflater.deflate(out, length, out.length - length);
        }
        CRC32 crc = new CRC32();
        crc.update(bytes);
        out = Arrays.copyOf(out, length + 8);
        writeIntLittleEndian(out, length, (int) crc.getValue());
        writeIntLittleEndian(out, length + 4, bytes.length);
        return out;
    }

    private static void writeIntLittleEndian(byte[] out, int at, int value) {
        out[at] = (byte) value;
        out[at + 1] = (byte) (value >> 8);
        out[at + 2] = (byte) (value >> 16);
        out[at + 3] = (byte) (value >> 24);
    }

    /** The header {@code GZIPOutputStream} writes, taken from it so that the bytes stay the same. */
    private static byte[] gzipHeader() {
        ByteArrayOutputStream empty = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(empty)) {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Arrays.copyOf(empty.toByteArray(), 10);
    }

    /** A PHP session id: 26 characters of 0-9 and a-v. */
    private static String sessionId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        char[] id = new char[26];
        for (int i = 0; i < id.length; i++) {
            id[i] = Character.forDigit(random.nextInt(32), 32);
        }
        return new String(id);
    }
}
