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
package io.github.cameliletimerkezi.webhook;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicBoolean;

import io.github.cameliletimerkezi.IletiMerkeziConstants;
import io.github.cameliletimerkezi.IletiMerkeziEndpoint;
import io.github.cameliletimerkezi.model.DeliveryUpdate;
import io.github.cameliletimerkezi.report.DeliveryUpdates;
import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.DefaultConsumer;
import org.apache.camel.support.service.ServiceHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Receives the provider's delivery-report push through the runtime's HTTP server ({@code platform-http}: Vert.x,
 * Spring Boot, Quarkus, ...) and emits a {@link DeliveryUpdate} per report, with the report consumer's headers. Answers:
 * 200 once the route processed the update (or when it was emitted before, by this receiver or by a report consumer of
 * the same component), 400 for a body that is not the documented JSON (nothing emitted), 404 for a request without the
 * secret, 500 when the route failed (nothing recorded, so a retry or the report consumer brings it again).
 */
public class IletiMerkeziWebhookConsumer extends DefaultConsumer {

    private static final Logger LOG = LoggerFactory.getLogger(IletiMerkeziWebhookConsumer.class);

    private final Clock clock = Clock.systemUTC();
    private final AtomicBoolean refusalLogged = new AtomicBoolean();
    private WebhookPath path;
    private IdempotentRepository idempotentRepository;
    private DeliveryUpdates shared;
    private Consumer http;

    public IletiMerkeziWebhookConsumer(IletiMerkeziEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
    }

    @Override
    public IletiMerkeziEndpoint getEndpoint() {
        return (IletiMerkeziEndpoint) super.getEndpoint();
    }

    @Override
    protected void doStart() throws Exception {
        path = WebhookPath.of(getEndpoint().getConfiguration().getPath());
        shared = getEndpoint().getComponent().getDeliveryUpdates();
        IdempotentRepository configured = getEndpoint().getConfiguration().getIdempotentRepository();
        idempotentRepository = configured != null ? configured : shared.repository();
        ServiceHelper.startService(idempotentRepository);
        Endpoint platformHttp;
        try {
            platformHttp = getEndpoint().getCamelContext().getEndpoint(
                    "platform-http:" + path.prefix() + "?matchOnUriPrefix=true&httpMethodRestrict=POST");
        } catch (RuntimeException e) {
            throw new IllegalStateException("iletimerkezi:webhook receives through Camel's platform-http: add camel-platform-http"
                                            + " and an engine (camel-platform-http-vertx, or your runtime's) to the application", e);
        }
        http = platformHttp.createConsumer(this::receive);
        ServiceHelper.startService(http);
        LOG.info("İleti Merkezi webhook receiving delivery reports under {}/<secret>", path.prefix().equals("/") ? "" : path.prefix());
        super.doStart();
    }

    @Override
    protected void doStop() throws Exception {
        super.doStop();
        ServiceHelper.stopService(http);
        http = null;
        if (idempotentRepository != shared.repository()) {
            ServiceHelper.stopService(idempotentRepository);
        }
    }

    private void receive(Exchange request) {
        Message in = request.getMessage();
        String requested = in.getHeader(Exchange.HTTP_URI, String.class);
        if (!path.matches(requested) && !path.matches(in.getHeader(Exchange.HTTP_PATH, String.class))) {
            if (refusalLogged.compareAndSet(false, true)) {
                LOG.warn("İleti Merkezi webhook: a request under {} without the webhook's secret was answered 404"
                         + " (further ones are logged at DEBUG)", path.prefix());
            } else {
                LOG.debug("İleti Merkezi webhook: another request without the secret answered 404");
            }
            answer(in, 404, "");
            return;
        }
        WebhookReport report;
        try {
            report = WebhookReport.parse(in.getBody(String.class));
        } catch (IllegalArgumentException e) {
            LOG.warn("İleti Merkezi webhook: a push was refused with 400: {}", e.getMessage());
            answer(in, 400, e.getMessage());
            return;
        }
        DeliveryUpdate update = new DeliveryUpdate(report.orderId(), report.number(), report.status().code(), report.status(),
                clock.instant());
        String key = update.idempotentKey();
        synchronized (shared.lock(key)) {
            if (idempotentRepository.contains(key) || shared.repository().contains(key) || shared.polled().contains(key)) {
                answer(in, 200, "");
                return;
            }
            Exchange exchange = createExchange(false);
            try {
                fill(exchange.getMessage(), update);
                try {
                    getProcessor().process(exchange);
                } catch (Exception e) {
                    exchange.setException(e);
                }
                if (exchange.getException() != null) {
                    getExceptionHandler().handleException("The route failed on webhook update " + key, exchange,
                            exchange.getException());
                    answer(in, 500, "");
                    return;
                }
                idempotentRepository.add(key);
                shared.repository().add(key);
                answer(in, 200, "");
            } finally {
                releaseExchange(exchange, false);
            }
        }
    }

    private static void fill(Message message, DeliveryUpdate update) {
        message.setBody(update);
        message.setHeader(IletiMerkeziConstants.UPDATE_TYPE, IletiMerkeziConstants.UPDATE_TYPE_RECIPIENT);
        message.setHeader(IletiMerkeziConstants.ORDER_ID, update.orderId());
        message.setHeader(IletiMerkeziConstants.RECIPIENT, update.number());
        message.setHeader(IletiMerkeziConstants.DELIVERY_STATUS, update.statusCode());
    }

    private static void answer(Message message, int status, String body) {
        message.setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        message.setHeader(Exchange.CONTENT_TYPE, "text/plain; charset=utf-8");
        message.setBody(body);
    }
}
