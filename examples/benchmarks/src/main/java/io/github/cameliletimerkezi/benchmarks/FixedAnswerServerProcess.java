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

/** The {@link FixedAnswerServer} child process, from its start to its end. */
final class FixedAnswerServerProcess implements AutoCloseable {

    private final ServerProcess server;

    private FixedAnswerServerProcess(ServerProcess server) {
        this.server = server;
    }

    static FixedAnswerServerProcess start(int threads) throws IOException {
        return new FixedAnswerServerProcess(ServerProcess.start(FixedAnswerServer.class,
                List.of("-Xmx256m", "-XX:+UseSerialGC", "-Dsun.net.httpserver.nodelay=true"),
                List.of(String.valueOf(threads)), FixedAnswerServer.LISTENING, "fixed-answer server"));
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.address() + "/v1";
    }

    long pid() {
        return server.pid();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
