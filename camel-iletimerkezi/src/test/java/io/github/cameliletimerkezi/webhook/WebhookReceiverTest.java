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

import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.cameliletimerkezi.IletiMerkeziConstants;
import io.github.cameliletimerkezi.LogCapture;
import io.github.cameliletimerkezi.model.DeliveryStatus;
import io.github.cameliletimerkezi.model.DeliveryUpdate;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The webhook receiver on a real HTTP server (Vert.x platform-http): the documented push (reference §3.10) becomes a
 * DeliveryUpdate with the report consumer's headers; repeats, bad bodies and requests without the secret emit nothing.
 */
class WebhookReceiverTest extends WebhookTestSupport {

    private final AtomicInteger failuresLeft = new AtomicInteger();

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from(WEBHOOK).routeId("webhook")
                        .process(e -> {
                            if (failuresLeft.getAndDecrement() > 0) {
                                throw new IllegalStateException("the route is down");
                            }
                        })
                        .to("mock:updates");
            }
        };
    }

    @Test
    void theDocumentedPushBecomesADeliveryUpdate() throws Exception {
        MockEndpoint updates = getMockEndpoint("mock:updates");
        updates.expectedMessageCount(1);

        assertThat(push(PATH, report("104525848", "delivered", "+905057020001"))).isEqualTo(200);

        updates.assertIsSatisfied();
        Exchange exchange = updates.getReceivedExchanges().get(0);
        DeliveryUpdate update = exchange.getMessage().getBody(DeliveryUpdate.class);
        assertThat(update.orderId()).isEqualTo("104525848");
        assertThat(update.number()).isEqualTo("+905057020001");
        assertThat(update.statusCode()).isEqualTo(111);
        assertThat(update.status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(exchange.getMessage().getHeaders())
                .containsEntry(IletiMerkeziConstants.UPDATE_TYPE, "recipient")
                .containsEntry(IletiMerkeziConstants.ORDER_ID, "104525848")
                .containsEntry(IletiMerkeziConstants.RECIPIENT, "+905057020001")
                .containsEntry(IletiMerkeziConstants.DELIVERY_STATUS, 111);
    }

    @Test
    void aNumberPushedWithoutThePlusIsGivenInTheReportConsumersForm() throws Exception {
        MockEndpoint updates = getMockEndpoint("mock:updates");
        updates.expectedMessageCount(2);

        assertThat(push(PATH, report("9", "delivered", "905301234567"))).isEqualTo(200);
        assertThat(push(PATH, report("9", "delivered", "+905301234567"))).as("the same update, not emitted again").isEqualTo(200);
        assertThat(push(PATH, report("9", "undelivered", "05301234568"))).isEqualTo(200);

        updates.assertIsSatisfied();
        assertThat(updates.getReceivedExchanges()).extracting(e -> e.getMessage().getBody(DeliveryUpdate.class).number())
                .containsExactly("+905301234567", "+905301234568");
    }

    @Test
    void eachStateMapsToTheReportCodesAndARepeatIsNotEmittedAgain() throws Exception {
        MockEndpoint updates = getMockEndpoint("mock:updates");
        updates.expectedMessageCount(2);

        assertThat(push(PATH, report("7", "undelivered", "+905301234567"))).isEqualTo(200);
        assertThat(push(PATH, report("7", "undelivered", "+905301234567"))).isEqualTo(200);
        assertThat(push(PATH, report("\"8\"", "delivered", "+905301234568"))).isEqualTo(200);

        updates.assertIsSatisfied();
        assertThat(updates.getReceivedExchanges()).extracting(e -> e.getMessage().getBody(DeliveryUpdate.class).statusCode())
                .containsExactly(112, 111);
    }

    @Test
    void anAcceptedPushIsNotFinalAndEmitsNothing() throws Exception {
        MockEndpoint updates = getMockEndpoint("mock:updates");
        updates.expectedMessageCount(1);

        assertThat(push(PATH, report("7", "accepted", "+905301234567"))).isEqualTo(200);
        assertThat(push(PATH, report("7", "delivered", "+905301234567"))).isEqualTo(200);

        updates.assertIsSatisfied();
        DeliveryUpdate update = updates.getReceivedExchanges().get(0).getMessage().getBody(DeliveryUpdate.class);
        assertThat(update.statusCode()).isEqualTo(111);
        assertThat(update.isFinal()).isTrue();
    }

    @Test
    void aBodyOverTheCapIsAnswered413WhetherItsLengthIsDeclaredOrNot() throws Exception {
        String padding = "x".repeat(PushBody.MAX_BYTES);
        String large = "{\"report\":{\"packet_id\":1,\"status\":\"delivered\",\"to\":\"+905301234567\",\"body\":\""
                       + padding + "\"}}";

        assertThat(push(PATH, large)).isEqualTo(413);
        assertThat(pushChunked(PATH, large.getBytes(java.nio.charset.StandardCharsets.UTF_8))).isEqualTo(413);
        assertThat(pushChunked(PATH, report("10", "delivered", "+905301234567").getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .isEqualTo(200);

        assertThat(getMockEndpoint("mock:updates").getReceivedCounter()).isEqualTo(1);
    }

    @Test
    void aPushWithAByteOrderMarkIsRead() throws Exception {
        MockEndpoint updates = getMockEndpoint("mock:updates");
        updates.expectedMessageCount(1);
        byte[] json = report("11", "delivered", "+905301234567").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] withBom = new byte[json.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(json, 0, withBom, 3, json.length);

        assertThat(pushChunked(PATH, withBom)).isEqualTo(200);

        updates.assertIsSatisfied();
    }

    @Test
    void theHttpEndpointGoesWithItsRouteAndComesBackWithIt() throws Exception {
        context.getRouteController().stopRoute("webhook");

        assertThat(context.getEndpoints()).noneMatch(e -> e.getEndpointUri().startsWith("platform-http:"));
        assertThat(push(PATH, report("12", "delivered", "+905301234567"))).isEqualTo(404);

        context.getRouteController().startRoute("webhook");
        MockEndpoint updates = getMockEndpoint("mock:updates");
        updates.expectedMessageCount(1);
        assertThat(push(PATH, report("12", "delivered", "+905301234567"))).isEqualTo(200);
        updates.assertIsSatisfied();
    }

    @Test
    void aBodyThatIsNotTheDocumentedJsonIsAnswered400AndEmitsNothing() throws Exception {
        assertThat(push(PATH, "not json")).isEqualTo(400);
        assertThat(push(PATH, "{\"report\":{\"packet_id\":1,\"to\":\"+905301234567\"}}")).isEqualTo(400);
        assertThat(push(PATH, "{\"report\":{\"packet_id\":1,\"status\":\"read\",\"to\":\"+905301234567\"}}")).isEqualTo(400);
        assertThat(push(PATH, "{\"report\":{\"status\":\"delivered\",\"to\":\"+905301234567\"}}")).isEqualTo(400);
        assertThat(push(PATH, "{\"id\":1}")).isEqualTo(400);

        assertThat(getMockEndpoint("mock:updates").getReceivedCounter()).isZero();
    }

    @Test
    void aPushSentAsAFormAsCurlDoesByDefaultIsAnswered400NamingTheContentTypeAndEchoesNothing() throws Exception {
        // curl -d without -H posts application/x-www-form-urlencoded; the HTTP engine then reads the JSON as a form
        // field, and before the change it echoed that field as a response header: 500 and an ERROR in Vert.x's router
        LogCapture router = new LogCapture("io.vertx.ext.web.RoutingContext");
        router.start();
        try {
            HttpResponse<String> answer = push(PATH, "application/x-www-form-urlencoded",
                    report("104525848", "delivered", "+905057023100"));

            assertThat(answer.statusCode()).as("a body that is not JSON, as documented").isEqualTo(400);
            assertThat(answer.body()).contains("Content-Type: application/json")
                    .contains("application/x-www-form-urlencoded");
            assertThat(answer.headers().map().keySet()).as("no request field comes back as a header")
                    .allSatisfy(name -> assertThat(name).doesNotContain("{").doesNotContain("report"));
            assertThat(getMockEndpoint("mock:updates").getReceivedCounter()).isZero();
            assertThat(router.warnings()).as("nothing logged by the HTTP engine").isEmpty();

            // the same push as JSON is taken
            getMockEndpoint("mock:updates").expectedMessageCount(1);
            assertThat(push(PATH, report("104525848", "delivered", "+905057023100"))).isEqualTo(200);
            getMockEndpoint("mock:updates").assertIsSatisfied();
        } finally {
            router.stop();
        }
    }

    @Test
    void aRequestWithoutTheSecretIsAnswered404() throws Exception {
        assertThat(push("/iletimerkezi/wrong-secret-0000000", report("1", "delivered", "+905301234567"))).isEqualTo(404);
        assertThat(push("/iletimerkezi", report("1", "delivered", "+905301234567"))).isEqualTo(404);
        assertThat(push(PATH + "/more", report("1", "delivered", "+905301234567"))).isEqualTo(404);

        assertThat(getMockEndpoint("mock:updates").getReceivedCounter()).isZero();
    }

    @Test
    void aFailedRouteAnswers500AndTheSamePushIsEmittedWhenItComesAgain() throws Exception {
        failuresLeft.set(1);
        MockEndpoint updates = getMockEndpoint("mock:updates");
        updates.expectedMessageCount(1);

        assertThat(push(PATH, report("9", "delivered", "+905301234567"))).isEqualTo(500);
        assertThat(push(PATH, report("9", "delivered", "+905301234567"))).isEqualTo(200);

        updates.assertIsSatisfied();
    }

    @Test
    void aPathWithoutALongEnoughSecretIsRefusedAtStart() {
        assertThatThrownBy(() -> context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("iletimerkezi:webhook?path=/hooks&webhookSecret=short-secret").to("mock:never");
            }
        })).hasStackTraceContaining("webhookSecret must be at least 16")
                .satisfies(e -> assertThat(stackTrace(e)).doesNotContain("short-secret"));
    }

    @Test
    void aPathWrittenWithTheSecretInItIsRefusedWithoutQuotingIt() {
        assertThatThrownBy(() -> context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("iletimerkezi:webhook?path=/hooks/Zq8wY4nB6cV1xL3k").to("mock:never");
            }
        })).hasStackTraceContaining("webhookSecret is missing")
                .satisfies(e -> assertThat(stackTrace(e)).doesNotContain("Zq8wY4nB6cV1xL3k"));
    }

    @Test
    void theEndpointHidesTheSecret() {
        org.apache.camel.Endpoint endpoint = context.getRoute("webhook").getEndpoint();
        assertThat(endpoint.toString()).doesNotContain(SECRET);
        assertThat(org.apache.camel.util.URISupport.sanitizeUri(endpoint.getEndpointUri())).doesNotContain(SECRET);
        assertThat(context.getEndpointRegistry().keySet()).allSatisfy(
                key -> assertThat(org.apache.camel.util.URISupport.sanitizeUri(key.getUri())).doesNotContain(SECRET));
        assertThat(context.getEndpoints()).filteredOn(e -> e.getEndpointUri().startsWith("platform-http:"))
                .singleElement().satisfies(e -> assertThat(e.getEndpointUri()).doesNotContain(SECRET));
    }

    private static String stackTrace(Throwable e) {
        java.io.StringWriter out = new java.io.StringWriter();
        e.printStackTrace(new java.io.PrintWriter(out));
        return out.toString();
    }
}
