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
package io.github.cameliletimerkezi.benchmarks;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.github.cameliletimerkezi.IletiMerkeziComponent;
import io.github.cameliletimerkezi.IletiMerkeziConstants;
import io.github.cameliletimerkezi.client.ClientSettings;
import io.github.cameliletimerkezi.client.Credentials;
import io.github.cameliletimerkezi.api.HttpIletiMerkeziClient;
import io.github.cameliletimerkezi.api.IletiMerkeziClient;
import io.github.cameliletimerkezi.client.PooledHttpClientFactory;
import io.github.cameliletimerkezi.client.TransportSettings;
import io.github.cameliletimerkezi.model.IletiMerkeziResponse;
import io.github.cameliletimerkezi.model.SendRequest;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One SMS send against the fixed-answer server, three ways: raw HttpClient 5 with pre-built bytes (the floor), the
 * component's plain client, and {@code iletimerkezi:send} through a {@link ProducerTemplate}. Each send's latency is
 * recorded too (two {@code System.nanoTime()} calls, no allocation), for {@link LatencyProfiler}. Thread counts come
 * from the runner.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class SendBenchmark {

    /** More connections than benchmark threads, so no thread waits for the pool. */
    static final int MAX_CONNECTIONS = TransportSettings.DEFAULT_MAX_CONNECTIONS;

    @Benchmark
    public int raw(Raw state, Latency latency) throws IOException {
        long start = System.nanoTime();
        int answer = state.sender.send();
        latency.histogram.record(System.nanoTime() - start);
        return answer;
    }

    @Benchmark
    public IletiMerkeziResponse client(PlainClient state, Latency latency) throws IOException {
        long start = System.nanoTime();
        IletiMerkeziResponse answer = state.client.send(state.request);
        latency.histogram.record(System.nanoTime() - start);
        return answer;
    }

    @Benchmark
    public Object template(Template state, Latency latency) {
        long start = System.nanoTime();
        Object answer = state.template.requestBodyAndHeader(state.endpoint, SendFixture.TEXT,
                IletiMerkeziConstants.RECIPIENTS, SendFixture.NUMBER);
        latency.histogram.record(System.nanoTime() - start);
        return answer;
    }

    /** The same send with the component's meters kept in a Micrometer registry: what metrics cost a send. */
    @Benchmark
    public Object templateWithMeters(MeteredTemplate state, Latency latency) {
        return template(state, latency);
    }

    /**
     * The latencies of one benchmark thread. It stays registered after its trial: JMH tears a trial down before the
     * profilers read its last iteration, and {@link LatencyProfiler} zeroes every histogram before an iteration.
     */
    @State(Scope.Thread)
    public static class Latency {
        LatencyHistogram histogram;

        @Setup(Level.Trial)
        public void register() {
            histogram = Latencies.register();
        }
    }

    @State(Scope.Benchmark)
    public static class Raw {
        RawSender sender;

        @Setup(Level.Trial)
        public void start() throws IOException {
            sender = new RawSender(SendFixture.serverUrl(), MAX_CONNECTIONS);
            sender.send();
        }

        @TearDown(Level.Trial)
        public void stop() throws IOException {
            sender.close();
        }
    }

    /** The client as the component builds it: on a pool from {@link PooledHttpClientFactory}, default transport. */
    @State(Scope.Benchmark)
    public static class PlainClient {
        CloseableHttpClient pool;
        IletiMerkeziClient client;
        SendRequest request;

        @Setup(Level.Trial)
        public void start() throws IOException {
            pool = PooledHttpClientFactory.create(TransportSettings.defaults());
            client = new HttpIletiMerkeziClient(new ClientSettings(SendFixture.serverUrl(), null,
                    Credentials.apiKey(SendFixture.PUBLIC_KEY, SendFixture.API_HASH)), pool);
            request = SendRequest.of(SendFixture.TEXT, List.of(SendFixture.NUMBER)).sender(SendFixture.SENDER);
            checkAnswer(client.send(request));
        }

        @TearDown(Level.Trial)
        public void stop() throws IOException {
            client.close();
            pool.close();
        }
    }

    /**
     * A Camel context with the component configured as an application would (credentials and base URL on the
     * component, the sender on the endpoint); the endpoint is resolved once, as a route's {@code to} does.
     */
    @State(Scope.Benchmark)
    public static class Template {
        CamelContext context;
        ProducerTemplate template;
        Endpoint endpoint;

        @Setup(Level.Trial)
        public void start() {
            start(null);
        }

        /** Starts the context; with a registry bound, the component keeps its meters in it. */
        void start(MeterRegistry registry) {
            IletiMerkeziComponent component = new IletiMerkeziComponent();
            component.setEnvironment(name -> null);
            component.getConfiguration().setBaseUrl(SendFixture.serverUrl());
            component.getConfiguration().setPublicKey(SendFixture.PUBLIC_KEY);
            component.getConfiguration().setApiHash(SendFixture.API_HASH);
            context = new DefaultCamelContext();
            if (registry != null) {
                context.getRegistry().bind("meterRegistry", registry);
            }
            context.addComponent("iletimerkezi", component);
            context.start();
            endpoint = context.getEndpoint("iletimerkezi:send?sender=" + SendFixture.SENDER);
            template = context.createProducerTemplate();
            checkAnswer(template.requestBodyAndHeader(endpoint, SendFixture.TEXT, IletiMerkeziConstants.RECIPIENTS,
                    SendFixture.NUMBER));
        }

        @TearDown(Level.Trial)
        public void stop() throws Exception {
            context.close();
        }
    }

    /** {@link Template} with a {@link SimpleMeterRegistry} bound: every send counted in the component's meters. */
    @State(Scope.Benchmark)
    public static class MeteredTemplate extends Template {
        SimpleMeterRegistry registry;

        @Override
        @Setup(Level.Trial)
        public void start() {
            registry = new SimpleMeterRegistry();
            start(registry);
            if (registry.find("iletimerkezi.sms.orders").tag("outcome", "accepted").counter().count() != 1) {
                throw new IllegalStateException("The metered send path kept no meters: " + registry.getMetersAsString());
            }
        }
    }

    /** A path that does not send what the benchmark means to measure must not produce a figure. */
    static void checkAnswer(Object answer) {
        if (!(answer instanceof IletiMerkeziResponse response) || response.isError()
                || !SendFixture.ORDER_ID.equals(response.getOrderId())) {
            throw new IllegalStateException("The send did not come back with order " + SendFixture.ORDER_ID + ": " + answer);
        }
    }
}
