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
package io.github.cameliletimerkezi;

import io.github.cameliletimerkezi.report.FollowedOrderStore;

import io.github.cameliletimerkezi.client.ClientSettings;
import io.github.cameliletimerkezi.api.IletiMerkeziClient;
import io.github.cameliletimerkezi.model.IysList;
import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;
import org.apache.camel.spi.UriPath;
import org.apache.camel.support.jsse.SSLContextParameters;

/**
 * The options of an {@code iletimerkezi:} endpoint. The component holds one instance as the default for all its
 * endpoints; each endpoint works on a copy. Options left unset fall back to the {@code IM_*} environment variables,
 * then to built-in defaults ({@code EnvironmentDefaults}); what the client is built from is read from them by
 * {@code ClientOptions}. Consumer options are labelled with the consumer that reads them ({@code consumer,report},
 * {@code consumer,inbox}, {@code consumer,webhook}); those without a consumer's name are read by every consumer.
 */
@UriParams
public class IletiMerkeziConfiguration implements Cloneable {

    @UriPath(enums = "send,cancel,balance,report,status,account,senders,blacklist,addToBlacklist,removeFromBlacklist,estimate,orders,addConsent,consent,inbox,webhook")
    @Metadata(required = true)
    private IletiMerkeziOperation operation;

    @UriParam(defaultValue = ClientSettings.DEFAULT_BASE_URL)
    private String baseUrl;
    @UriParam(label = "producer")
    private String sender;
    // declared as text: tooling gives every boolean option the default false, and a tool writing defaults out would
    // then declare every message non-commercial; unset means "not sent"
    @UriParam(label = "producer", javaType = "java.lang.String", enums = "true,false")
    private Boolean iys;
    @UriParam(label = "producer", enums = "BIREYSEL,TACIR")
    private IysList iysList;
    @UriParam(label = "consumer,report,producer")
    private String orderId;
    @UriParam(label = "producer")
    private String brandCode;
    @UriParam(label = "producer", defaultValue = "1")
    private int page = 1;
    @UriParam(label = "consumer,report,producer", defaultValue = "1000")
    private int rowCount = IletiMerkeziClient.MAX_ROW_COUNT;
    @UriParam(label = "producer", defaultValue = "true")
    private boolean throwExceptionOnFailure = true;
    @UriParam(label = "producer,advanced")
    private String accountUrl;
    @UriParam(label = "producer", defaultValue = "false")
    private boolean splitLargeOrders;
    @UriParam(label = "producer")
    private double pace;

    @UriParam(label = "security", secret = true)
    private String username;
    @UriParam(label = "security", secret = true)
    private String password;
    @UriParam(label = "security", secret = true)
    private String publicKey;
    @UriParam(label = "security", secret = true)
    private String secretKey;
    @UriParam(label = "security", secret = true)
    private String apiHash;
    @UriParam(label = "security")
    private SSLContextParameters sslContextParameters;

    @UriParam(label = "advanced", defaultValue = "30s", javaType = "java.time.Duration")
    private long connectTimeout = 30_000;
    @UriParam(label = "advanced", defaultValue = "30s", javaType = "java.time.Duration")
    private long readTimeout = 30_000;
    @UriParam(label = "advanced", defaultValue = "0", javaType = "java.time.Duration")
    private long connectionRequestTimeout;
    @UriParam(label = "advanced", defaultValue = "20")
    private int maxConnections = 20;
    @UriParam(label = "advanced")
    private IletiMerkeziClient client;

    @UriParam(label = "proxy")
    private String proxyHost;
    @UriParam(label = "proxy")
    private Integer proxyPort;
    @UriParam(label = "proxy,security")
    private String proxyUsername;
    @UriParam(label = "proxy,security", secret = true)
    private String proxyPassword;

    @UriParam(label = "health", defaultValue = "60s", javaType = "java.time.Duration")
    private long healthCheckCacheTime = 60_000;
    @UriParam(label = "health", defaultValue = "0")
    private long healthCheckMinimumCredits;

    @UriParam(label = "consumer,report", defaultValue = "true")
    private boolean trackSentOrders = true;
    @UriParam(label = "consumer,report", defaultValue = "true")
    private boolean useOrderList = true;
    @UriParam(label = "consumer,report", defaultValue = "4")
    private int reportConcurrency = 4;
    @UriParam(label = "consumer,webhook")
    private String path;
    @UriParam(label = "consumer,webhook,security", secret = true)
    private String webhookSecret;
    @UriParam(label = "consumer,advanced")
    private IdempotentRepository idempotentRepository;
    @UriParam(label = "consumer,inbox", defaultValue = "24h", javaType = "java.time.Duration")
    private long inboxLookback = 24 * 60 * 60 * 1000L;
    @UriParam(label = "consumer,report,advanced")
    private StateRepository<String, String> stateRepository;
    @UriParam(label = "consumer,report,advanced")
    private FollowedOrderStore orderStore;
    @UriParam(label = "consumer")
    private String streamName;
    @UriParam(label = "consumer,report", defaultValue = "90d", javaType = "java.time.Duration")
    private long maxOrderAge = 90L * 24 * 60 * 60 * 1000;

    public IletiMerkeziOperation getOperation() {
        return operation;
    }

    /**
     * The operation to run: send, cancel, balance, report, status, account, senders, blacklist, addToBlacklist,
     * removeFromBlacklist, estimate, orders, addConsent, consent or inbox. The CamelIletiMerkeziOperation header overrides it per message. As a
     * consumer: report or inbox (polling), or webhook (the provider's push).
     */
    public void setOperation(IletiMerkeziOperation operation) {
        this.operation = operation;
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    /**
     * The API root the operations are posted to. Falls back to the IM_ENDPOINT environment variable, then to
     * https://api.iletimerkezi.com/v1. Plain http:// addresses are allowed (local simulators, tests).
     */
    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public String getSender() {
        return sender;
    }

    /**
     * The default sender (başlık) of sent messages: an approved header of at most 11 characters without Turkish
     * letters. Falls back to the IM_SENDER environment variable; the CamelIletiMerkeziSender header overrides it.
     */
    public void setSender(String sender) {
        this.sender = sender;
    }

    public Boolean getIys() {
        return iys;
    }

    /**
     * Whether messages are commercial and checked against İYS consent (sent as iys 1 or 0). Requires iysList when
     * true. Has no default: when unset, no iys field is sent and the account's default applies.
     */
    public void setIys(Boolean iys) {
        this.iys = iys;
    }

    /**
     * Whether messages are commercial and checked against İYS consent (sent as iys 1 or 0). Requires iysList when
     * true. Has no default: when unset, no iys field is sent and the account's default applies.
     */
    public void setIys(String iys) {
        if (iys == null || iys.isBlank()) {
            this.iys = null;
            return;
        }
        this.iys = switch (iys.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "1" -> Boolean.TRUE;
            case "false", "0" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException("iys '" + iys + "' is not a boolean: use true or false");
        };
    }

    public IysList getIysList() {
        return iysList;
    }

    /**
     * The İYS consent list commercial messages are checked against: BIREYSEL (individuals) or TACIR (merchants).
     * Required when iys is true.
     */
    public void setIysList(IysList iysList) {
        this.iysList = iysList;
    }

    public String getOrderId() {
        return orderId;
    }

    /**
     * The order cancel and report act on when neither the CamelIletiMerkeziOrderId header nor the body names one. For
     * the report consumer: a comma-separated list of orders to follow besides those sent through this component.
     */
    public void setOrderId(String orderId) {
        this.orderId = orderId;
    }

    public String getBrandCode() {
        return brandCode;
    }

    /**
     * The account's İYS brand code, sent with addConsent and consent when set.
     */
    public void setBrandCode(String brandCode) {
        this.brandCode = brandCode;
    }

    public int getPage() {
        return page;
    }

    /**
     * The report, blacklist or inbox page to read, from 1. The CamelIletiMerkeziPage header overrides it.
     */
    public void setPage(int page) {
        this.page = page;
    }

    public int getRowCount() {
        return rowCount;
    }

    /**
     * Rows per report page, 1 to 1000 (the provider's maximum). The CamelIletiMerkeziRowCount header overrides it. The
     * report consumer reads whole orders in pages of this size.
     */
    public void setRowCount(int rowCount) {
        this.rowCount = rowCount;
    }

    public boolean isThrowExceptionOnFailure() {
        return throwExceptionOnFailure;
    }

    /**
     * Whether an answer with a status other than 200 raises IletiMerkeziException. When false the answer comes back
     * as the body with isError() true, and the status headers are set either way.
     */
    public void setThrowExceptionOnFailure(boolean throwExceptionOnFailure) {
        this.throwExceptionOnFailure = throwExceptionOnFailure;
    }

    public String getAccountUrl() {
        return accountUrl;
    }

    /**
     * The address of the provider's legacy account-info service, used only by the account operation (which fails
     * without it). It works with username and password only.
     */
    public void setAccountUrl(String accountUrl) {
        this.accountUrl = accountUrl;
    }

    public boolean isSplitLargeOrders() {
        return splitLargeOrders;
    }

    /**
     * Whether a send of more than 50,000 recipients (the provider's limit for one request) is sent as several orders,
     * in recipient order, instead of being refused. Every chunk is checked before the first is sent; the first refused
     * chunk stops the send (the chunks before it stay accepted orders) with IletiMerkeziPartlySentException, and
     * CamelIletiMerkeziOrderIds lists the accepted ones. A redelivery of the same exchange sends only the chunks not
     * accepted yet.
     */
    public void setSplitLargeOrders(boolean splitLargeOrders) {
        this.splitLargeOrders = splitLargeOrders;
    }

    public double getPace() {
        return pace;
    }

    /**
     * The most recipients per second sends of this account may go out at (the provider's transactional limit is 100);
     * 0 for no pace. Sends of every endpoint of the component with the same API root and account wait in one line
     * (see the component's accountPaces to share it further); each send reserves its recipients at its own endpoint's
     * pace, so a changed pace (a reloaded route) applies from the next send. A send waits for its turn rather than
     * failing.
     */
    public void setPace(double pace) {
        this.pace = pace;
    }

    public String getUsername() {
        return username;
    }

    /**
     * The account's username (the GSM number it was registered with). Used with password when no API key is set.
     * Falls back to the IM_USERNAME environment variable.
     */
    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    /**
     * The account's password. Falls back to the IM_PASSWORD environment variable.
     */
    public void setPassword(String password) {
        this.password = password;
    }

    public String getPublicKey() {
        return publicKey;
    }

    /**
     * The API key from the provider's panel. With secretKey or apiHash it authenticates every request, and it wins
     * over username and password. Falls back to the IM_PUBLIC_KEY environment variable.
     */
    public void setPublicKey(String publicKey) {
        this.publicKey = publicKey;
    }

    public String getSecretKey() {
        return secretKey;
    }

    /**
     * The secret key that signs publicKey: the request hash is the lowercase hex HMAC-SHA256 of publicKey keyed with
     * it. Falls back to the IM_SECRET_KEY environment variable.
     */
    public void setSecretKey(String secretKey) {
        this.secretKey = secretKey;
    }

    public String getApiHash() {
        return apiHash;
    }

    /**
     * A ready-made hash from the provider's panel, used with publicKey instead of secretKey. Falls back to the
     * IM_API_HASH environment variable.
     */
    public void setApiHash(String apiHash) {
        this.apiHash = apiHash;
    }

    public SSLContextParameters getSslContextParameters() {
        return sslContextParameters;
    }

    /**
     * TLS settings (trust store, protocols) for https base URLs. Without them the JVM's defaults apply and server
     * certificates are verified.
     */
    public void setSslContextParameters(SSLContextParameters sslContextParameters) {
        this.sslContextParameters = sslContextParameters;
    }

    public long getConnectTimeout() {
        return connectTimeout;
    }

    /**
     * How long to wait for a connection to the provider, as a duration (30s, 500ms) or milliseconds.
     */
    public void setConnectTimeout(long connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public long getReadTimeout() {
        return readTimeout;
    }

    /**
     * How long to wait for the provider's answer, as a duration (30s, 500ms) or milliseconds. A send that times out
     * is not repeated: it may have reached the provider.
     */
    public void setReadTimeout(long readTimeout) {
        this.readTimeout = readTimeout;
    }

    public long getConnectionRequestTimeout() {
        return connectionRequestTimeout;
    }

    /**
     * How long a request waits for a free pooled connection when all maxConnections are in use, as a duration (5s,
     * 500ms) or milliseconds; then it fails with IletiMerkeziNotSentException. 0 (the default) waits as long as
     * connectTimeout.
     */
    public void setConnectionRequestTimeout(long connectionRequestTimeout) {
        this.connectionRequestTimeout = connectionRequestTimeout;
    }

    public int getMaxConnections() {
        return maxConnections;
    }

    /**
     * The size of the keep-alive connection pool shared by endpoints with the same connection settings.
     */
    public void setMaxConnections(int maxConnections) {
        this.maxConnections = maxConnections;
    }

    public IletiMerkeziClient getClient() {
        return client;
    }

    /**
     * A client to use instead of the built-in HTTP client, for example a stub in tests. The connection and
     * credential options do not apply to it.
     */
    public void setClient(IletiMerkeziClient client) {
        this.client = client;
    }

    public String getProxyHost() {
        return proxyHost;
    }

    /**
     * The HTTP proxy host requests go through, for networks without direct access to the provider. https base URLs are
     * tunnelled (CONNECT), so the proxy never sees the credentials in the request body.
     */
    public void setProxyHost(String proxyHost) {
        this.proxyHost = proxyHost;
    }

    public Integer getProxyPort() {
        return proxyPort;
    }

    /**
     * The HTTP proxy port; required with proxyHost.
     */
    public void setProxyPort(Integer proxyPort) {
        this.proxyPort = proxyPort;
    }

    public String getProxyUsername() {
        return proxyUsername;
    }

    /**
     * The username for a proxy that asks for Basic authentication (answers 407).
     */
    public void setProxyUsername(String proxyUsername) {
        this.proxyUsername = proxyUsername;
    }

    public String getProxyPassword() {
        return proxyPassword;
    }

    /**
     * The password for a proxy that asks for Basic authentication; used with proxyUsername.
     */
    public void setProxyPassword(String proxyPassword) {
        this.proxyPassword = proxyPassword;
    }

    public long getHealthCheckCacheTime() {
        return healthCheckCacheTime;
    }

    /**
     * How long the producer health check reuses its last balance answer before asking the provider again, as a
     * duration (60s, 5m) or milliseconds. Checks inside this window make no request.
     */
    public void setHealthCheckCacheTime(long healthCheckCacheTime) {
        this.healthCheckCacheTime = healthCheckCacheTime;
    }

    public long getHealthCheckMinimumCredits() {
        return healthCheckMinimumCredits;
    }

    /**
     * The SMS credit count under which the producer health check reports DOWN, so a readiness probe takes the
     * application out of service before sends start failing with 402. 0 (the default) checks reachability and
     * credentials only.
     */
    public void setHealthCheckMinimumCredits(long healthCheckMinimumCredits) {
        this.healthCheckMinimumCredits = healthCheckMinimumCredits;
    }

    public boolean isTrackSentOrders() {
        return trackSentOrders;
    }

    /**
     * Whether the report consumer follows every order sent through an iletimerkezi:send producer of the same
     * component, without naming it.
     */
    public void setTrackSentOrders(boolean trackSentOrders) {
        this.trackSentOrders = trackSentOrders;
    }

    public boolean isUseOrderList() {
        return useOrderList;
    }

    /**
     * Whether a report poll first asks the account's order list (get-reports, which carries every order's counters,
     * many orders a page) which followed orders changed, and reads the reports of those only. Orders whose submit day
     * is not known yet (never read), and every order while the list is refused or fails, are read one request each,
     * as with false; a failing list is logged once and asked again some polls later.
     */
    public void setUseOrderList(boolean useOrderList) {
        this.useOrderList = useOrderList;
    }

    public int getReportConcurrency() {
        return reportConcurrency;
    }

    /**
     * How many requests a report poll has in flight at once, 1 to 64: reports of different orders, and pages of the
     * order list after its first. The route still receives one update at a time; only the requests overlap. Keep it at
     * or below maxConnections.
     */
    public void setReportConcurrency(int reportConcurrency) {
        this.reportConcurrency = reportConcurrency;
    }

    public String getPath() {
        return path;
    }

    /**
     * The webhook's HTTP path before its secret segment, e.g. /iletimerkezi: the address given to the provider's panel
     * is this path, a slash and webhookSecret. Not secret; it is the only part registered with the HTTP server.
     */
    public void setPath(String path) {
        this.path = path;
    }

    public String getWebhookSecret() {
        return webhookSecret;
    }

    /**
     * The webhook's secret: the last segment of the address given to the provider's panel, at least 16 letters,
     * digits, dashes, underscores, dots or tildes (the push is not signed; the secret is what authenticates it).
     * Requests without it are answered 404. Falls back to the IM_WEBHOOK_SECRET environment variable; set there or on
     * the component, it is in no endpoint URI at all.
     */
    public void setWebhookSecret(String webhookSecret) {
        this.webhookSecret = webhookSecret;
    }

    public IdempotentRepository getIdempotentRepository() {
        return idempotentRepository;
    }

    /**
     * Where the report, webhook and inbox consumers record the updates they emitted, so none is emitted twice. An
     * update is recorded only after the route processed it; keys start with the stream name (streamName, else the route
     * id), so consumers can share one repository, and a webhook route and a report route of one streamName share their
     * updates through it. Defaults to memory the component's consumers share, holding the keys of the orders in flight
     * (an order's keys go when it is final); use a persistent one (for example FileIdempotentRepository, sized for the
     * recipients of the orders in flight, or JdbcMessageIdRepository for replicas) to survive restarts. The inbox
     * consumer's default memory forgets the messages that left the inboxLookback window. A consumer never stops a
     * configured repository.
     */
    public void setIdempotentRepository(IdempotentRepository idempotentRepository) {
        this.idempotentRepository = idempotentRepository;
    }

    public long getInboxLookback() {
        return inboxLookback;
    }

    /**
     * How far back the inbox consumer looks, as a duration (24h, 90m) or milliseconds. On start it emits the messages
     * received within this time before now; after each poll the window moves forward to this time before the poll,
     * but never past a message whose exchange failed (it is emitted again). Older messages are left alone, so a restart
     * with a persistent idempotentRepository neither repeats nor loses messages younger than this.
     */
    public void setInboxLookback(long inboxLookback) {
        this.inboxLookback = inboxLookback;
    }

    public StateRepository<String, String> getStateRepository() {
        return stateRepository;
    }

    /**
     * Where the report consumer keeps the orders it follows when no orderStore is set: a Camel StateRepository, one
     * value per stream (iletimerkezi.streamName.orders), rewritten at each change, for one instance at a time. When an
     * orderStore is set too, the orders kept here are moved into it once. Written by the consumer's poll thread, never by
     * a sender. Defaults to memory; use a persistent one (for example FileStateRepository) so a restart goes on following
     * the same orders.
     */
    public void setStateRepository(StateRepository<String, String> stateRepository) {
        this.stateRepository = stateRepository;
    }

    public FollowedOrderStore getOrderStore() {
        return orderStore;
    }

    /**
     * Where the report consumer keeps the orders it follows: one entry per order, written only when that order
     * changed, and never overwritten by a writer with an older view (a leader that lost its lease in the middle of a
     * poll). Replicas sharing one delivery-report stream share one store, for example JdbcFollowedOrderStore on
     * PostgreSQL. Takes precedence over stateRepository.
     */
    public void setOrderStore(FollowedOrderStore orderStore) {
        this.orderStore = orderStore;
    }

    public String getStreamName() {
        return streamName;
    }

    /**
     * The name the stream's state and update keys are kept under in the orderStore, stateRepository and
     * idempotentRepository; defaults to the route id. Give a webhook route and a report route the same streamName (and
     * the same idempotentRepository) so each update reaches them once between them. A consumer whose stream is kept in
     * a repository you configured refuses to start without a streamName or a route id of its own: an id Camel assigns
     * (route1, route2, ...) changes when routes are added, and the state kept under it would be left behind.
     */
    public void setStreamName(String streamName) {
        this.streamName = streamName;
    }

    public long getMaxOrderAge() {
        return maxOrderAge;
    }

    /**
     * How long the report consumer follows an order that does not reach a final status, as a duration (90d, 72h) or
     * milliseconds, counted from when it was followed (or from its send time, when scheduled later). The only way an
     * order stops being followed without being final: failures never drop one. The default outlives the time the
     * provider keeps reports for; an order given up is logged at WARN with its id.
     */
    public void setMaxOrderAge(long maxOrderAge) {
        this.maxOrderAge = maxOrderAge;
    }

    public IletiMerkeziConfiguration copy() {
        try {
            return (IletiMerkeziConfiguration) clone();
        } catch (CloneNotSupportedException e) {
            throw new RuntimeCamelException(e);
        }
    }

    @Override
    public String toString() {
        return "IletiMerkeziConfiguration[operation=" + operation + ", baseUrl=" + baseUrl + ", sender=" + sender
               + ", credentials=" + (isSet(publicKey) ? "apiKey" : isSet(username) ? "usernamePassword" : "none") + "]";
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}
