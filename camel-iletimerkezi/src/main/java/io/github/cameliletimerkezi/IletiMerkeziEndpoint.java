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

import java.util.regex.Pattern;

import io.github.cameliletimerkezi.api.IletiMerkeziClient;
import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.EndpointServiceLocation;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.support.ScheduledPollEndpoint;

/**
 * Sends SMS, cancels scheduled orders, reads balances and delivery reports of İleti Merkezi, and follows delivery
 * reports as a stream of changes.
 */
@UriEndpoint(firstVersion = "1.0.0", scheme = "iletimerkezi", title = "İleti Merkezi", syntax = "iletimerkezi:operation",
             category = { Category.MOBILE, Category.CLOUD, Category.API }, headersClass = IletiMerkeziConstants.class)
public class IletiMerkeziEndpoint extends ScheduledPollEndpoint implements EndpointServiceLocation {

    /** A paid, rate-limited API: poll every 30 seconds unless told otherwise, not every 500 ms. */
    static final long DEFAULT_DELAY = 30_000;
    /** The most report reads a poll runs at once. */
    static final int MAX_REPORT_CONCURRENCY = 64;
    private static final Pattern API_HASH_VALUE = Pattern.compile("(?i)((?:apiHash|(?<=[?&])path)=)[^&\\]]+");

    @UriParam
    private final IletiMerkeziConfiguration configuration;
    @UriParam(label = "consumer,scheduler", defaultValue = "30000", javaType = "java.time.Duration")
    private long delay = DEFAULT_DELAY;

    private volatile IletiMerkeziClient client;
    private boolean ownsClient;

    public IletiMerkeziEndpoint(String uri, IletiMerkeziComponent component, IletiMerkeziConfiguration configuration) {
        super(uri, component);
        this.configuration = configuration;
        super.setDelay(DEFAULT_DELAY);
    }

    /**
     * Time between the end of one report or inbox poll and the start of the next, as a duration (30s, 2m) or milliseconds.
     */
    @Override
    public void setDelay(long delay) {
        this.delay = delay;
        super.setDelay(delay);
    }

    @Override
    public long getDelay() {
        return delay;
    }

    /**
     * Masks {@code apiHash}, a name Camel's URI masking does not know (and that the component does not add to Camel's
     * JVM-wide list of sensitive names).
     */
    @Override
    public String toString() {
        return API_HASH_VALUE.matcher(super.toString()).replaceAll("$1xxxxxx");
    }

    @Override
    public IletiMerkeziComponent getComponent() {
        return (IletiMerkeziComponent) super.getComponent();
    }

    public IletiMerkeziConfiguration getConfiguration() {
        return configuration;
    }

    /** Checks the options together, so a misconfigured endpoint fails when it is created, not on its first message. */
    void checkConfiguration() {
        if (configuration.getOperation() == IletiMerkeziOperation.webhook) {
            // receiving pushes needs no credentials; the path is checked when the consumer starts
            return;
        }
        if (configuration.getClient() == null) {
            ClientOptions.credentials(configuration);
            ClientOptions.proxy(configuration);
        }
        if (configuration.getHealthCheckCacheTime() < 0) {
            throw new IllegalArgumentException("healthCheckCacheTime must not be negative, was "
                                               + configuration.getHealthCheckCacheTime() + " ms");
        }
        if (configuration.getHealthCheckMinimumCredits() < 0) {
            throw new IllegalArgumentException("healthCheckMinimumCredits must not be negative, was "
                                               + configuration.getHealthCheckMinimumCredits());
        }
        if (Boolean.TRUE.equals(configuration.getIys()) && configuration.getIysList() == null) {
            throw new IllegalArgumentException("iysList is required when iys is true: set it to BIREYSEL or TACIR");
        }
        if (configuration.getPace() < 0) {
            throw new IllegalArgumentException("pace must be 0 (none) or a number of recipients per second, was "
                                               + configuration.getPace());
        }
        if (configuration.getInboxLookback() <= 0) {
            throw new IllegalArgumentException("inboxLookback must be a positive duration (24h, 90m), was "
                                               + configuration.getInboxLookback() + " ms");
        }
        if (configuration.getMaxOrderAge() <= 0) {
            throw new IllegalArgumentException("maxOrderAge must be a positive duration (90d, 72h), was "
                                               + configuration.getMaxOrderAge() + " ms");
        }
        if (configuration.getStreamName() != null && (configuration.getStreamName().isBlank()
                                                       || configuration.getStreamName().contains("/"))) {
            throw new IllegalArgumentException("streamName must be a name without '/', was '" + configuration.getStreamName() + "'");
        }
        if (configuration.getPage() < 1) {
            throw new IllegalArgumentException("page must be 1 or more, was " + configuration.getPage());
        }
        if (configuration.getRowCount() < 1 || configuration.getRowCount() > IletiMerkeziClient.MAX_ROW_COUNT) {
            throw new IllegalArgumentException("rowCount must be between 1 and " + IletiMerkeziClient.MAX_ROW_COUNT
                                               + ", was " + configuration.getRowCount());
        }
        if (configuration.getReportConcurrency() < 1 || configuration.getReportConcurrency() > MAX_REPORT_CONCURRENCY) {
            throw new IllegalArgumentException("reportConcurrency must be between 1 and " + MAX_REPORT_CONCURRENCY
                                               + ", was " + configuration.getReportConcurrency());
        }
        if (configuration.getOperation() == IletiMerkeziOperation.account && configuration.getClient() == null) {
            if (configuration.getAccountUrl() == null || configuration.getAccountUrl().isBlank()) {
                throw new IllegalArgumentException(
                        "accountUrl is not set: the account operation needs the address of the legacy account-info service");
            }
            if (configuration.getUsername() == null || configuration.getPassword() == null) {
                throw new IllegalArgumentException("The account operation needs username and password (IM_USERNAME, IM_PASSWORD):"
                                                   + " the legacy account-info service does not take API keys");
            }
        }
    }

    @Override
    public Producer createProducer() throws Exception {
        return new IletiMerkeziProducer(this);
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        if (configuration.getOperation() == IletiMerkeziOperation.webhook) {
            IletiMerkeziWebhookConsumer consumer = new IletiMerkeziWebhookConsumer(this, processor);
            configureConsumer(consumer);
            return consumer;
        }
        if (configuration.getOperation() == IletiMerkeziOperation.inbox) {
            IletiMerkeziInboxConsumer consumer = new IletiMerkeziInboxConsumer(this, processor);
            configureConsumer(consumer);
            return consumer;
        }
        if (configuration.getOperation() != IletiMerkeziOperation.report) {
            throw new IllegalArgumentException("iletimerkezi:" + configuration.getOperation() + " cannot be consumed from:"
                                               + " only iletimerkezi:report and iletimerkezi:inbox (polling) and"
                                               + " iletimerkezi:webhook (push) have consumers");
        }
        IletiMerkeziReportConsumer consumer = new IletiMerkeziReportConsumer(this, processor);
        configureConsumer(consumer);
        return consumer;
    }

    /** The client the producers and consumers of this endpoint use; available once the endpoint is started. */
    public IletiMerkeziClient getClient() {
        return client;
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        if (configuration.getOperation() == IletiMerkeziOperation.webhook) {
            return;
        }
        if (configuration.getClient() != null) {
            client = configuration.getClient();
            ownsClient = false;
        } else {
            client = getComponent().createClient(configuration);
            ownsClient = true;
        }
    }

    @Override
    protected void doStop() throws Exception {
        if (ownsClient && client != null) {
            // the built-in client runs on the component's shared pool; closing it releases nothing the pool needs
            client.close();
        }
        client = null;
        super.doStop();
    }

    @Override
    public String getServiceUrl() {
        return configuration.getBaseUrl();
    }

    @Override
    public String getServiceProtocol() {
        String url = configuration.getBaseUrl();
        return url != null && url.regionMatches(true, 0, "https:", 0, 6) ? "https" : "http";
    }
}
