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

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a {@link ReportWalk} in a forked JVM with a {@value #HEAP} heap and reads what it measured. */
final class ReportWalkProcess {

    static final String HEAP = "64m";

    private ReportWalkProcess() {
    }

    static ReportWalkResult run(String baseUrl) throws IOException, InterruptedException {
        Process process = JavaProcess.start(ReportWalk.class,
                List.of("-Xmx" + HEAP, "-XX:+ExitOnOutOfMemoryError"),
                List.of(baseUrl));
        process.getOutputStream().close();
        ReportWalkResult result = null;
        try (BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = output.readLine()) != null) {
                if (line.startsWith(ReportWalkResult.PREFIX)) {
                    result = ReportWalkResult.parse(line);
                }
            }
        }
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        int exit = process.exitValue();
        if (result == null || exit != 0) {
            throw new IllegalStateException("The report walk in -Xmx" + HEAP + " failed (exit " + exit + ")"
                                            + (result == null ? ", no result" : ": " + result.toLine()));
        }
        return result;
    }
}
