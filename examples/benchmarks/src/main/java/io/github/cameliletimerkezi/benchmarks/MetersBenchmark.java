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

import java.util.List;
import java.util.concurrent.TimeUnit;

import io.github.cameliletimerkezi.IletiMerkeziComponent;
import io.github.cameliletimerkezi.IletiMerkeziConstants;
import io.github.cameliletimerkezi.metrics.ComponentMetrics;
import io.github.cameliletimerkezi.model.IletiMerkeziResponse;
import io.github.cameliletimerkezi.model.SendRequest;
import io.github.cameliletimerkezi.parts.SendEstimate;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What the meters add to one send, alone: the send handler's one call into the component's meters for an accepted
 * order, against the Micrometer registry a metered application has. Measured apart because the difference between
 * two whole sends (a few hundred microseconds, a network round trip each) is smaller than their run-to-run spread on
 * a shared machine; this figure divided by a send's time is the meters' share of it.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class MetersBenchmark {

    @Benchmark
    public ComponentMetrics sendAnswered(Answered state) {
        state.metrics.sendAnswered(state.order, state.answer);
        return state.metrics;
    }

    /** A metered component that has sent once, with that send's answer and estimate kept for the benchmark. */
    @State(Scope.Benchmark)
    public static class Answered extends SendBenchmark.MeteredTemplate {
        ComponentMetrics metrics;
        SendEstimate order;
        IletiMerkeziResponse answer;

        @Override
        @Setup(Level.Trial)
        public void start() {
            super.start();
            Object sent = template.requestBodyAndHeader(endpoint, SendFixture.TEXT, IletiMerkeziConstants.RECIPIENTS,
                    SendFixture.NUMBER);
            SendBenchmark.checkAnswer(sent);
            answer = (IletiMerkeziResponse) sent;
            metrics = context.getComponent("iletimerkezi", IletiMerkeziComponent.class).getMetrics();
            if (!metrics.enabled()) {
                throw new IllegalStateException("The component found no MeterRegistry: nothing would be measured");
            }
            order = SendEstimate.of(SendRequest.of(SendFixture.TEXT, List.of(SendFixture.NUMBER)));
        }
    }
}
