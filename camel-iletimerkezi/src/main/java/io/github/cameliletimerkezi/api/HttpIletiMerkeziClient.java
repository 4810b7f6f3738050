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
package io.github.cameliletimerkezi.api;

import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import io.github.cameliletimerkezi.blacklist.BlacklistCalls;
import io.github.cameliletimerkezi.blacklist.BlacklistQuery;
import io.github.cameliletimerkezi.client.ApiTransport;
import io.github.cameliletimerkezi.client.ClientSettings;
import io.github.cameliletimerkezi.client.Credentials;
import io.github.cameliletimerkezi.client.HttpAnswer;
import io.github.cameliletimerkezi.client.PooledHttpClientFactory;
import io.github.cameliletimerkezi.client.TransportSettings;
import io.github.cameliletimerkezi.client.XmlChars;
import io.github.cameliletimerkezi.client.xml.OrderElement;
import io.github.cameliletimerkezi.client.xml.RequestEnvelope;
import io.github.cameliletimerkezi.client.xml.UserInfoRequest;
import io.github.cameliletimerkezi.client.xml.XmlCodec;
import io.github.cameliletimerkezi.consent.ConsentCalls;
import io.github.cameliletimerkezi.consent.ConsentQuery;
import io.github.cameliletimerkezi.consent.ConsentRecord;
import io.github.cameliletimerkezi.inbox.InboxCalls;
import io.github.cameliletimerkezi.inbox.InboxQuery;
import io.github.cameliletimerkezi.model.IletiMerkeziResponse;
import io.github.cameliletimerkezi.model.SendRequest;
import io.github.cameliletimerkezi.orders.OrderListCalls;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;

/**
 * The client over the provider's XML API: each operation builds its {@code <request>}, POSTs it as
 * {@code text/xml; charset=utf-8} and reads the {@code <response>}. Runs on a pooled HttpClient 5 instance that may be
 * shared with other clients.
 */
public final class HttpIletiMerkeziClient implements IletiMerkeziClient {

    private final ClientSettings settings;
    private final CloseableHttpClient http;
    private final boolean ownsHttp;
    private final ApiTransport transport;
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
        this.transport = new ApiTransport(settings, http);
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
        return transport.post(operation, URI.create(url), ApiTransport.XML, body);
    }

    private HttpAnswer post(String operation, URI url, byte[] body) {
        return transport.post(operation, url, ApiTransport.XML, body);
    }

    private static String checkOrderId(String orderId) {
        if (orderId == null || orderId.isBlank()) {
            throw new IllegalArgumentException("orderId is empty: name the order to act on");
        }
        return XmlChars.check("orderId", orderId.trim());
    }

    @Override
    public String toString() {
        return "HttpIletiMerkeziClient[" + ApiTransport.url(settings.baseUrl()) + ", " + settings.credentials() + "]";
    }
}
