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

import java.time.Clock;
import java.util.concurrent.atomic.AtomicBoolean;

import io.github.cameliletimerkezi.metrics.StreamMetrics;
import io.github.cameliletimerkezi.model.DeliveryUpdate;
import io.github.cameliletimerkezi.report.StreamNames;
import io.github.cameliletimerkezi.report.UpdateEmitter;
import io.github.cameliletimerkezi.report.UpdateEmitter.Emission;
import io.github.cameliletimerkezi.report.UpdateRepositoryException;
import io.github.cameliletimerkezi.webhook.PushBody;
import io.github.cameliletimerkezi.webhook.WebhookPath;
import io.github.cameliletimerkezi.webhook.WebhookReport;
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
 * the same component), 200 without emitting for a non-final push ("accepted", 110), 400 for a body that is not the
 * documented JSON (nothing emitted), 404 for a request without the secret, 413 for a body over
 * {@value PushBody#MAX_BYTES} bytes, 500 when the route failed (nothing recorded, so a retry or the report consumer
 * brings it again).
 */
public class IletiMerkeziWebhookConsumer extends DefaultConsumer {

    private static final Logger LOG = LoggerFactory.getLogger(IletiMerkeziWebhookConsumer.class);

    private final Clock clock = Clock.systemUTC();
    private final AtomicBoolean refusalLogged = new AtomicBoolean();
    private WebhookPath path;
    private UpdateEmitter emitter;
    private volatile StreamMetrics metrics = StreamMetrics.NONE;
    private Endpoint platformHttp;
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
        path = WebhookPath.of(getEndpoint().getConfiguration().getPath(), getEndpoint().getConfiguration().getWebhookSecret());
        IdempotentRepository configured = getEndpoint().getConfiguration().getIdempotentRepository();
        String stream = StreamNames.of(this, getEndpoint().getConfiguration().getStreamName(), configured);
        // a configured repository is started if it is not yet, but never stopped here: other routes may share it
        ServiceHelper.startService(configured);
        emitter = new UpdateEmitter(this, configured != null ? configured : getEndpoint().getComponent().getStreamUpdates().memory(),
                stream, getEndpoint().getComponent().getStreamUpdates(), UpdateMessageHeaders.INSTANCE);
        metrics = getEndpoint().getComponent().getMetrics().stream(stream);
        emitter.setMetrics(metrics);
        metrics.watch(null, emitter::waiting);
        try {
            platformHttp = getEndpoint().getCamelContext().getEndpoint(
                    "platform-http:" + path.prefix() + "?matchOnUriPrefix=true&httpMethodRestrict=POST");
        } catch (RuntimeException e) {
            throw new IllegalStateException("iletimerkezi:webhook receives through Camel's platform-http: add camel-platform-http"
                                            + " and an engine (camel-platform-http-vertx, or your runtime's) to the application", e);
        }
        http = platformHttp.createConsumer(this::receive);
        ServiceHelper.startService(http);
        LOG.info("İleti Merkezi webhook receiving delivery reports under {}", path);
        super.doStart();
    }

    @Override
    protected void doStop() throws Exception {
        super.doStop();
        metrics.close();
        metrics = StreamMetrics.NONE;
        ServiceHelper.stopService(http);
        http = null;
        if (platformHttp != null) {
            // otherwise the HTTP server keeps answering under the prefix, and a restarted route could not register it
            getEndpoint().getCamelContext().removeEndpoint(platformHttp);
            platformHttp = null;
        }
    }

    private void receive(Exchange request) {
        Message in = request.getMessage();
        if (!path.matches(in.getHeader(Exchange.HTTP_URI, String.class))) {
            if (refusalLogged.compareAndSet(false, true)) {
                LOG.warn("İleti Merkezi webhook: a request under {} without the webhook's secret was answered 404"
                         + " (further ones are logged at DEBUG)", path.prefix());
            } else {
                LOG.debug("İleti Merkezi webhook: another request without the secret answered 404");
            }
            answer(in, 404, "");
            return;
        }
        byte[] body;
        try {
            body = PushBody.read(in);
        } catch (PushBody.TooLargeException e) {
            LOG.warn("İleti Merkezi webhook: a push was refused with 413: {}", e.getMessage());
            answer(in, 413, e.getMessage());
            return;
        }
        if (body.length == 0) {
            String refusal = "the push has no body: it is the report as JSON, sent with Content-Type: application/json"
                             + " (this one came as " + in.getHeader(Exchange.CONTENT_TYPE, "no Content-Type", String.class)
                             + "; an HTTP engine reads a form's body as form fields)";
            LOG.warn("İleti Merkezi webhook: a push was refused with 400: {}", refusal);
            answer(in, 400, refusal);
            return;
        }
        WebhookReport report;
        try {
            report = WebhookReport.parse(body);
        } catch (IllegalArgumentException e) {
            LOG.warn("İleti Merkezi webhook: a push was refused with 400: {}", e.getMessage());
            answer(in, 400, e.getMessage());
            return;
        }
        if (!report.status().isFinal()) {
            // a DeliveryUpdate is a final state; "accepted" (110) only says the operator took the message, and the
            // final push (or the report consumer) follows
            LOG.debug("İleti Merkezi webhook: a non-final push (110) for order {} answered 200, nothing emitted", report.orderId());
            answer(in, 200, "");
            return;
        }
        DeliveryUpdate update = new DeliveryUpdate(report.orderId(), report.number(), report.status().code(), report.status(),
                clock.instant());
        Emission emission;
        try {
            emission = emitter.pushed(update, report.messageId());
        } catch (UpdateRepositoryException e) {
            getExceptionHandler().handleException("A webhook update of order " + update.orderId() + " is answered 500", e);
            answer(in, 500, "");
            return;
        }
        // a route that failed, or a receiver that is stopping, records nothing: the provider's retry or the report
        // consumer brings the update again
        answer(in, emission == Emission.EMITTED || emission == Emission.ALREADY_EMITTED ? 200 : 500, "");
    }

    private void answer(Message message, int status, String body) {
        metrics.pushAnswered(status);
        // platform-http writes the message's headers back as response headers; the request's own (a form field the
        // engine made of a body posted as a form, curl's default, is one) have no place in the answer and can be
        // names HTTP forbids
        message.removeHeaders("*");
        message.setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        message.setHeader(Exchange.CONTENT_TYPE, "text/plain; charset=utf-8");
        message.setBody(body);
    }
}
