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

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Map;

import io.github.cameliletimerkezi.api.IletiMerkeziClient;
import io.github.cameliletimerkezi.client.IletiMerkeziException;
import io.github.cameliletimerkezi.client.IletiMerkeziTransportException;
import io.github.cameliletimerkezi.model.IletiMerkeziResponse;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;

/**
 * Readiness of an {@code iletimerkezi} endpoint's producers: asks the provider for the account's balance (the API has
 * no status call; get-balance has no side effects) and reports UP with the credits and amount, or DOWN with the
 * provider's status code and message (401 wrong credentials, 503 provider down), the network failure, or credits under
 * {@code healthCheckMinimumCredits}. The answer is reused for {@code healthCheckCacheTime}, so probes do not spend the
 * provider's rate limit. Never a liveness check: a provider outage must not restart the application. The details
 * carry no credential.
 */
public class IletiMerkeziProducerHealthCheck extends AbstractHealthCheck {

    public static final String CREDITS = "credits";
    public static final String AMOUNT = "amount";
    public static final String MINIMUM_CREDITS = "minimum.credits";
    public static final String STATUS_MESSAGE = "service.status.message";
    public static final String BASE_URL = "base.url";

    private final IletiMerkeziEndpoint endpoint;
    private final InstantSource clock;
    private BalanceAnswer lastAnswer;
    private Instant lastAsked;

    public IletiMerkeziProducerHealthCheck(IletiMerkeziEndpoint endpoint, String endpointId) {
        this(endpoint, endpointId, InstantSource.system());
    }

    IletiMerkeziProducerHealthCheck(IletiMerkeziEndpoint endpoint, String endpointId, InstantSource clock) {
        super("camel", "producer:iletimerkezi-" + endpointId);
        this.endpoint = endpoint;
        this.clock = clock;
    }

    @Override
    public boolean isLiveness() {
        return false;
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        IletiMerkeziConfiguration configuration = endpoint.getConfiguration();
        builder.detail(BASE_URL, configuration.getBaseUrl());
        BalanceAnswer answer = answer(configuration.getHealthCheckCacheTime());
        if (answer instanceof BalanceAnswer.Balance balance) {
            describe(builder, balance, configuration.getHealthCheckMinimumCredits());
        } else if (answer instanceof BalanceAnswer.Refused refused) {
            builder.detail(HealthCheck.HTTP_RESPONSE_CODE, refused.statusCode());
            builder.detail(SERVICE_STATUS_CODE, refused.statusCode());
            if (refused.statusMessage() != null) {
                builder.detail(STATUS_MESSAGE, refused.statusMessage());
            }
            builder.message("İleti Merkezi refused the balance query with status " + refused.statusCode()
                            + (refused.statusMessage() == null ? "" : ": " + refused.statusMessage())
                            + meaning(refused.statusCode()));
            builder.down();
        } else if (answer instanceof BalanceAnswer.Unreachable unreachable) {
            builder.error(unreachable.cause());
            builder.message("İleti Merkezi did not answer the balance query at " + configuration.getBaseUrl() + ": "
                            + describe(unreachable.cause()));
            builder.down();
        }
    }

    /** The last answer while it is younger than the cache time, else a new one; one request at a time. */
    private synchronized BalanceAnswer answer(long cacheMillis) {
        Instant now = clock.instant();
        if (lastAnswer == null || !now.isBefore(lastAsked.plus(Duration.ofMillis(cacheMillis)))) {
            lastAnswer = ask();
            lastAsked = now;
        }
        return lastAnswer;
    }

    private BalanceAnswer ask() {
        IletiMerkeziClient client = endpoint.getClient();
        if (client == null) {
            return new BalanceAnswer.Unreachable(new IllegalStateException("the endpoint is not started"));
        }
        try {
            IletiMerkeziResponse response = client.balance();
            if (response.isError()) {
                return new BalanceAnswer.Refused(response.getCode(), response.getMessage());
            }
            if (response.getBalance() == null) {
                return new BalanceAnswer.Balance(null, null);
            }
            // the meters' balance comes from this answer: they ask nothing of their own
            endpoint.getComponent().getMetrics().balanceSeen(response.getBalance().sms(), response.getBalance().amount());
            return new BalanceAnswer.Balance(response.getBalance().sms(), response.getBalance().amount());
        } catch (IletiMerkeziTransportException e) {
            // not sent, or no answer: the provider said nothing, so there is no status code to show
            return new BalanceAnswer.Unreachable(e);
        } catch (IletiMerkeziException e) {
            return new BalanceAnswer.Refused(e.getStatusCode(), e.getStatusMessage());
        } catch (IOException | RuntimeException e) {
            return new BalanceAnswer.Unreachable(e);
        }
    }

    private static void describe(HealthCheckResultBuilder builder, BalanceAnswer.Balance balance, long minimumCredits) {
        if (balance.credits() != null) {
            builder.detail(CREDITS, balance.credits());
        }
        if (balance.amount() != null) {
            builder.detail(AMOUNT, balance.amount());
        }
        if (minimumCredits > 0) {
            builder.detail(MINIMUM_CREDITS, minimumCredits);
            long credits = balance.credits() == null ? 0 : balance.credits();
            if (credits < minimumCredits) {
                builder.message("İleti Merkezi SMS credits are " + credits + ", under the minimum of " + minimumCredits
                                + " (healthCheckMinimumCredits)");
                builder.down();
                return;
            }
        }
        builder.up();
    }

    private static String meaning(int statusCode) {
        return switch (statusCode) {
            case 401 -> " (wrong credentials, API access disabled in the panel, or a request from an IP the account does not allow)";
            case 503 -> " (the provider is unavailable)";
            default -> "";
        };
    }

    private static String describe(Exception cause) {
        String message = cause.getMessage();
        return cause.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : " " + message);
    }
}
