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
package io.github.cameliletimerkezi.client;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.List;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import io.github.cameliletimerkezi.blacklist.BlacklistCalls;
import io.github.cameliletimerkezi.blacklist.BlacklistQuery;
import io.github.cameliletimerkezi.client.xml.OrderElement;
import io.github.cameliletimerkezi.consent.ConsentCalls;
import io.github.cameliletimerkezi.consent.ConsentQuery;
import io.github.cameliletimerkezi.consent.ConsentRecord;
import io.github.cameliletimerkezi.inbox.InboxCalls;
import io.github.cameliletimerkezi.inbox.InboxQuery;
import io.github.cameliletimerkezi.orders.OrderListCalls;
import io.github.cameliletimerkezi.client.xml.RequestEnvelope;
import io.github.cameliletimerkezi.client.xml.UserInfoRequest;
import io.github.cameliletimerkezi.client.xml.XmlCodec;
import io.github.cameliletimerkezi.model.IletiMerkeziResponse;
import io.github.cameliletimerkezi.model.SendRequest;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The client over the provider's XML API: each operation builds its {@code <request>}, POSTs it as
 * {@code text/xml; charset=utf-8} and reads the {@code <response>}. Runs on a pooled HttpClient 5 instance that may be
 * shared with other clients.
 */
public final class HttpIletiMerkeziClient implements IletiMerkeziClient {

    private static final Logger LOG = LoggerFactory.getLogger(HttpIletiMerkeziClient.class);
    private static final String CONTENT_TYPE = "text/xml; charset=utf-8";
    /** The largest answer read; a full report page is under 100 KB. */
    static final int MAX_ANSWER_BYTES = 4 * 1024 * 1024;

    private final ClientSettings settings;
    private final CloseableHttpClient http;
    private final boolean ownsHttp;
    /** The parsed address of each API path called so far: parsing it again for every request is wasted work. */
    private final ConcurrentMap<String, URI> addresses = new ConcurrentHashMap<>();
    private final BlacklistCalls blacklistCalls;
    private final OrderListCalls orderListCalls;
    private final ConsentCalls consentCalls;
    private final InboxCalls inboxCalls;

    /** A client on a shared HTTP pool, which {@link #close()} leaves open. */
    public HttpIletiMerkeziClient(ClientSettings settings, CloseableHttpClient http) {
        this(settings, http, false);
    }

    private HttpIletiMerkeziClient(ClientSettings settings, CloseableHttpClient http, boolean ownsHttp) {
        this.settings = settings;
        this.http = http;
        this.ownsHttp = ownsHttp;
        ApiTransport transport = new ApiTransport(settings, http);
        this.blacklistCalls = new BlacklistCalls(transport);
        this.orderListCalls = new OrderListCalls(transport);
        this.consentCalls = new ConsentCalls(transport);
        this.inboxCalls = new InboxCalls(transport);
    }

    /** A client with a pool of its own, closed with the client. */
    public static HttpIletiMerkeziClient create(ClientSettings settings, TransportSettings transport) {
        return new HttpIletiMerkeziClient(settings, PooledHttpClientFactory.create(transport), true);
    }

    @Override
    public IletiMerkeziResponse send(SendRequest request) throws IOException {
        OrderElement order = SendOrderFactory.create(request);
        return call("send", "/send-sms", order, null);
    }

    @Override
    public IletiMerkeziResponse cancel(String orderId) throws IOException {
        OrderElement order = new OrderElement();
        order.id = checkOrderId(orderId);
        return call("cancel", "/cancel-order", order, order.id);
    }

    @Override
    public IletiMerkeziResponse balance() throws IOException {
        // the provider's own client sends an empty <order/> here, and the server expects the envelope whole
        return call("balance", "/get-balance", new OrderElement(), null);
    }

    @Override
    public IletiMerkeziResponse report(String orderId, int page, int rowCount) throws IOException {
        OrderElement order = new OrderElement();
        order.id = checkOrderId(orderId);
        if (page < 1) {
            throw new IllegalArgumentException("page must be 1 or more, was " + page);
        }
        if (rowCount < 1 || rowCount > MAX_ROW_COUNT) {
            throw new IllegalArgumentException("rowCount must be between 1 and " + MAX_ROW_COUNT + ", was " + rowCount);
        }
        order.page = page;
        order.rowCount = rowCount;
        return call("report", "/get-report", order, order.id);
    }

    @Override
    public IletiMerkeziResponse senders() throws IOException {
        return call("senders", "/get-sender", null, null);
    }

    @Override
    public IletiMerkeziResponse account() throws IOException {
        Credentials.UsernamePassword user = settings.accountCredentials();
        if (user == null) {
            throw new IllegalArgumentException(
                    "account needs username and password credentials: the legacy account service does not take API keys");
        }
        if (settings.accountUrl() == null || settings.accountUrl().isBlank()) {
            throw new IllegalArgumentException("accountUrl is not set: the account operation needs the legacy account-info address");
        }
        byte[] body = XmlCodec.write(new UserInfoRequest(user.username(), user.password()));
        return AccountAnswerReader.read(post(AccountAnswerReader.OPERATION, settings.accountUrl(), body));
    }

    @Override
    public IletiMerkeziResponse blacklist(BlacklistQuery query) throws IOException {
        return blacklistCalls.list(query);
    }

    @Override
    public IletiMerkeziResponse addToBlacklist(String number) throws IOException {
        return blacklistCalls.add(number);
    }

    @Override
    public IletiMerkeziResponse removeFromBlacklist(String number) throws IOException {
        return blacklistCalls.remove(number);
    }

    @Override
    public IletiMerkeziResponse orders(LocalDate start, LocalDate end, int page) throws IOException {
        return orderListCalls.page(start, end, page);
    }

    @Override
    public IletiMerkeziResponse addConsent(String brandCode, List<ConsentRecord> records) throws IOException {
        return consentCalls.add(brandCode, records);
    }

    @Override
    public IletiMerkeziResponse consent(String brandCode, ConsentQuery query) throws IOException {
        return consentCalls.show(brandCode, query);
    }

    @Override
    public IletiMerkeziResponse inbox(InboxQuery query) throws IOException {
        return inboxCalls.list(query);
    }

    @Override
    public void close() throws IOException {
        if (ownsHttp) {
            http.close();
        }
    }

    private IletiMerkeziResponse call(String operation, String path, OrderElement order, String orderId) throws IOException {
        byte[] body = XmlCodec.write(new RequestEnvelope(settings.credentials().toElement(), order));
        return ResponseReader.read(operation, post(operation, address(path), body), orderId);
    }

    private URI address(String path) {
        URI address = addresses.get(path);
        if (address == null) {
            address = URI.create(settings.baseUrl() + path);
            addresses.putIfAbsent(path, address);
        }
        return address;
    }

    private HttpAnswer post(String operation, String url, byte[] body) {
        return post(operation, URI.create(url), body);
    }

    private HttpAnswer post(String operation, URI url, byte[] body) {
        HttpPost post = new HttpPost(url);
        post.setHeader("Content-Type", CONTENT_TYPE);
        post.setHeader("Accept", "text/xml, application/xml");
        post.setEntity(new ByteArrayEntity(body, null));
        if (LOG.isDebugEnabled()) {
            LOG.debug("İleti Merkezi {}: POST {} ({} bytes)", operation, WireLog.url(url.toString()), body.length);
        }
        if (LOG.isTraceEnabled()) {
            LOG.trace("İleti Merkezi {} request: {}", operation, WireLog.mask(new String(body, StandardCharsets.UTF_8)));
        }
        long start = System.nanoTime();
        HttpAnswer answer;
        try {
            answer = http.execute(post, response -> {
                HttpEntity entity = response.getEntity();
                Header location = response.getFirstHeader("Location");
                return new HttpAnswer(response.getCode(), entity == null ? "" : read(operation, response.getCode(), entity),
                        location == null ? null : location.getValue());
            });
        } catch (IOException e) {
            throw TransportFailures.wrap(operation, post, e);
        }
        if (LOG.isDebugEnabled()) {
            LOG.debug("İleti Merkezi {}: HTTP {} in {} ms", operation, answer.status(), (System.nanoTime() - start) / 1_000_000);
        }
        if (LOG.isTraceEnabled()) {
            LOG.trace("İleti Merkezi {} answer: {}", operation, WireLog.mask(answer.body()));
        }
        if (answer.status() >= 300 && answer.status() < 400) {
            // following would re-post the credentials to another host (307, 308) or turn the send into a GET whose
            // answer is not the send's (301, 302, 303)
            throw new IletiMerkeziRedirectException(operation, answer.status(), TransportFailures.host(answer.location()));
        }
        return answer;
    }

    /** The body as text, refused beyond {@value #MAX_ANSWER_BYTES} bytes: no answer of the API comes near it. */
    private static String read(String operation, int status, HttpEntity entity) throws IOException {
        if (entity.getContentLength() > MAX_ANSWER_BYTES) {
            throw tooLarge(operation, status);
        }
        try (InputStream in = entity.getContent()) {
            if (in == null) {
                return "";
            }
            byte[] bytes = entity.getContentLength() >= 0 ? readDeclared(in, (int) entity.getContentLength())
                    : in.readNBytes(MAX_ANSWER_BYTES + 1);
            if (bytes.length > MAX_ANSWER_BYTES) {
                throw tooLarge(operation, status);
            }
            return new String(bytes, charset(entity));
        }
    }

    /**
     * A body of declared length, read straight into an array of that length (no chunk buffers, no copy); should more
     * bytes follow than declared, they are read too, so the size limit sees the whole body.
     */
    private static byte[] readDeclared(InputStream in, int length) throws IOException {
        byte[] bytes = new byte[length];
        int read = in.readNBytes(bytes, 0, length);
        int next = read < length ? -1 : in.read();
        if (next < 0) {
            return read < length ? Arrays.copyOf(bytes, read) : bytes;
        }
        byte[] rest = in.readNBytes(MAX_ANSWER_BYTES - length);
        byte[] all = Arrays.copyOf(bytes, length + 1 + rest.length);
        all[length] = (byte) next;
        System.arraycopy(rest, 0, all, length + 1, rest.length);
        return all;
    }

    private static IletiMerkeziException tooLarge(String operation, int status) {
        return new IletiMerkeziException(operation, status, "the answer is larger than " + MAX_ANSWER_BYTES
                                                            + " bytes, which no İleti Merkezi answer is; it was not read", null);
    }

    private static Charset charset(HttpEntity entity) {
        String contentType = entity.getContentType();
        if (contentType == null || isUtf8(contentType)) {
            return StandardCharsets.UTF_8;
        }
        try {
            ContentType type = ContentType.parse(contentType);
            return type != null && type.getCharset() != null ? type.getCharset() : StandardCharsets.UTF_8;
        } catch (RuntimeException e) {
            return StandardCharsets.UTF_8;
        }
    }

    /**
     * The provider's own {@code text/xml; charset=utf-8} (in any case) or a type without a charset, told apart from
     * the rest without parsing the header, which every answer would otherwise pay for.
     */
    private static boolean isUtf8(String contentType) {
        int semicolon = contentType.indexOf(';');
        if (semicolon < 0) {
            return contentType.indexOf(',') < 0; // no parameter, hence no charset: UTF-8, as for a parsed one
        }
        String utf8 = "; charset=utf-8";
        return contentType.length() - semicolon == utf8.length()
               && contentType.regionMatches(true, semicolon, utf8, 0, utf8.length());
    }

    private static String checkOrderId(String orderId) {
        if (orderId == null || orderId.isBlank()) {
            throw new IllegalArgumentException("orderId is empty: name the order to act on");
        }
        return XmlChars.check("orderId", orderId.trim());
    }

    @Override
    public String toString() {
        return "HttpIletiMerkeziClient[" + WireLog.url(settings.baseUrl()) + ", " + settings.credentials() + "]";
    }
}
