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

import io.github.cameliletimerkezi.metrics.ComponentMetrics;
import io.github.cameliletimerkezi.metrics.MetricsLookup;
import io.github.cameliletimerkezi.report.OrderSource;
import io.github.cameliletimerkezi.report.OrderFeed;
import io.github.cameliletimerkezi.report.StreamUpdates;
import io.github.cameliletimerkezi.report.OrderHandOver;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import javax.net.ssl.SSLContext;

import io.github.cameliletimerkezi.api.HttpIletiMerkeziClient;
import io.github.cameliletimerkezi.api.IletiMerkeziClient;
import io.github.cameliletimerkezi.client.PooledHttpClientFactory;
import io.github.cameliletimerkezi.client.ProxySettings;
import io.github.cameliletimerkezi.client.TransportSettings;
import io.github.cameliletimerkezi.pace.AccountPaces;
import org.apache.camel.SSLContextParametersAware;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.HealthCheckComponent;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.support.service.ServiceHelper;
import org.apache.camel.util.IOHelper;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;

/**
 * The {@code iletimerkezi} component: SMS sending, order cancelling, balances and delivery reports of İleti Merkezi.
 * <p>
 * Options set on the component are the defaults of all its endpoints. Endpoints with the same connection settings
 * share one keep-alive connection pool, closed when the component stops.
 */
@Component("iletimerkezi")
public class IletiMerkeziComponent extends HealthCheckComponent implements SSLContextParametersAware {

    @Metadata
    private IletiMerkeziConfiguration configuration = new IletiMerkeziConfiguration();
    @Metadata(label = "security", defaultValue = "false")
    private boolean useGlobalSslContextParameters;
    @Metadata(label = "advanced")
    private OrderHandOver orderHandOver;
    @Metadata(label = "advanced")
    private AccountPaces accountPaces = new AccountPaces();

    private Function<String, String> environment = System::getenv;
    private final Map<PoolKey, CloseableHttpClient> pools = new ConcurrentHashMap<>();
    private final OrderFeed orderFeed = new OrderFeed();
    private final StreamUpdates streamUpdates = new StreamUpdates();
    private volatile ComponentMetrics metrics;

    public IletiMerkeziConfiguration getConfiguration() {
        return configuration;
    }

    /**
     * The defaults of every endpoint of this component. Each endpoint starts from a copy and applies its URI options.
     */
    public void setConfiguration(IletiMerkeziConfiguration configuration) {
        this.configuration = configuration;
    }

    @Override
    public boolean isUseGlobalSslContextParameters() {
        return useGlobalSslContextParameters;
    }

    /**
     * Use the CamelContext's global SSL context parameters when an endpoint sets none.
     */
    @Override
    public void setUseGlobalSslContextParameters(boolean useGlobalSslContextParameters) {
        this.useGlobalSslContextParameters = useGlobalSslContextParameters;
    }

    public OrderHandOver getOrderHandOver() {
        return orderHandOver;
    }

    /**
     * Storage all instances of the application share (for example JdbcOrderHandOver on PostgreSQL), through which
     * orders sent on any instance reach the report consumer of the instance that polls (the leader, under a
     * ClusteredRoutePolicy). Unset, orders are handed over in this JVM's memory, which suits a single instance.
     */
    public void setOrderHandOver(OrderHandOver orderHandOver) {
        this.orderHandOver = orderHandOver;
        orderFeed.setHandOver(orderHandOver);
    }

    public AccountPaces getAccountPaces() {
        return accountPaces;
    }

    /**
     * Where the pace option keeps each account's sends in line. Each component has its own, so two CamelContexts or
     * bundles sending for the same account do not wait for each other; give their components the same AccountPaces
     * bean to pace them together.
     */
    public void setAccountPaces(AccountPaces accountPaces) {
        this.accountPaces = accountPaces;
    }

    /**
     * Where unset options are looked up before the built-in defaults; the process environment unless replaced (tests
     * and embedding applications replace it).
     */
    public void setEnvironment(Function<String, String> environment) {
        this.environment = environment;
    }

    @Override
    protected IletiMerkeziEndpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        IletiMerkeziConfiguration endpointConfiguration = configuration.copy();
        endpointConfiguration.setOperation(IletiMerkeziOperation.parse(remaining, "The endpoint path"));
        IletiMerkeziEndpoint endpoint = new IletiMerkeziEndpoint(uri, this, endpointConfiguration);
        setProperties(endpoint, parameters);
        if (endpointConfiguration.getSslContextParameters() == null) {
            endpointConfiguration.setSslContextParameters(retrieveGlobalSslContextParameters());
        }
        EnvironmentDefaults.apply(endpointConfiguration, environment);
        endpoint.checkConfiguration();
        return endpoint;
    }

    /** A client for an endpoint's configuration, on the pool its connection settings share. */
    IletiMerkeziClient createClient(IletiMerkeziConfiguration endpointConfiguration) throws Exception {
        ProxySettings proxy = ClientOptions.proxy(endpointConfiguration);
        PoolKey key = new PoolKey(endpointConfiguration.getConnectTimeout(), endpointConfiguration.getReadTimeout(),
                endpointConfiguration.getMaxConnections(), endpointConfiguration.getSslContextParameters(),
                ClientOptions.connectionRequestTimeout(endpointConfiguration).toMillis(), proxy);
        CloseableHttpClient pool = pools.get(key);
        if (pool == null) {
            SSLContextParameters tls = endpointConfiguration.getSslContextParameters();
            SSLContext sslContext = tls == null ? null : tls.createSSLContext(getCamelContext());
            TransportSettings transport = ClientOptions.transport(endpointConfiguration, sslContext, proxy);
            pool = pools.computeIfAbsent(key, k -> PooledHttpClientFactory.create(transport));
        }
        return new HttpIletiMerkeziClient(ClientOptions.clientSettings(endpointConfiguration), pool);
    }

    /**
     * Hands an order to the report consumers of this component, which follow it until it is final. Orders sent through
     * this component's send producers are handed over without this call.
     */
    public void trackOrder(String orderId) {
        if (orderId == null || orderId.isBlank()) {
            throw new IllegalArgumentException("orderId is empty: name the order to follow");
        }
        orderFeed.publish(orderId.trim(), OrderSource.API);
    }

    /** The hand-over of orders from this component's producers to its report consumers; internal. */
    public OrderFeed getOrderFeed() {
        return orderFeed;
    }

    /** The default idempotent repository and the locks this component's consumers share; internal. */
    public StreamUpdates getStreamUpdates() {
        return streamUpdates;
    }

    /**
     * The component's meters: in the application's Micrometer {@code MeterRegistry} when there is one, else none.
     * Looked up once, at the first use after start; internal.
     */
    public ComponentMetrics getMetrics() {
        ComponentMetrics found = metrics;
        if (found == null) {
            synchronized (this) {
                if (metrics == null) {
                    metrics = MetricsLookup.of(getCamelContext());
                }
                found = metrics;
            }
        }
        return found;
    }

    /** How many connection pools the component holds; endpoints with equal connection settings share one. */
    int poolCount() {
        return pools.size();
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        ServiceHelper.startService(orderHandOver);
    }

    @Override
    protected void doStop() throws Exception {
        ServiceHelper.stopService(orderHandOver);
        pools.values().forEach(IOHelper::close);
        pools.clear();
        streamUpdates.stop();
        metrics = null;
        super.doStop();
    }

    /** Connection settings that decide which pool an endpoint uses; TLS parameters compare by identity. */
    private record PoolKey(long connectTimeout, long readTimeout, int maxConnections, SSLContextParameters tls,
            long connectionRequestTimeout, ProxySettings proxy) {
    }
}
