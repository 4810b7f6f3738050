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

/**
 * What {@link SandboxLoad} measured at one thread count.
 *
 * @param threads             sending threads
 * @param sends               sends answered while measuring
 * @param sendsPerSecond      their rate
 * @param componentCpuMicros  CPU time of this JVM (component, Camel, HttpClient) per send
 * @param componentJitMicros  the part of it this JVM's JIT compiler threads used
 * @param sandboxCpuMicros    CPU time of the sandbox process per request
 * @param sandboxJitMicros    the part of it the sandbox's JIT compiler threads used
 */
record SandboxLoadResult(int threads, long sends, double sendsPerSecond, double componentCpuMicros, double componentJitMicros,
        double sandboxCpuMicros, double sandboxJitMicros) {
}
