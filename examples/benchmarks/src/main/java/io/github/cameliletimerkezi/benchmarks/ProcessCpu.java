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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU time (user plus system) a process has used so far, read from Linux's {@code /proc/<pid>/stat}. The kernel
 * counts it in clock ticks of 1/100 s ({@code USER_HZ}), which is exact enough over iterations of seconds.
 */
final class ProcessCpu {

    private static final long MICROS_PER_TICK = 10_000;

    private ProcessCpu() {
    }

    /** This JVM's CPU time in microseconds. */
    static long selfMicros() {
        return micros("self");
    }

    /** The CPU time of process {@code pid} in microseconds. */
    static long micros(long pid) {
        return micros(String.valueOf(pid));
    }

    /**
     * CPU time of this JVM's JIT compiler threads ({@code C1/C2 CompilerThread*}) in microseconds, from
     * {@code /proc/self/task/<tid>/stat}. A compiler thread that ended takes its time with it, which only
     * undercounts.
     */
    static long selfJitMicros() {
        return jitMicros("self");
    }

    /** The same for process {@code pid}. */
    static long jitMicros(long pid) {
        return jitMicros(String.valueOf(pid));
    }

    private static long jitMicros(String pid) {
        try (Stream<Path> tasks = Files.list(Path.of("/proc", pid, "task"))) {
            return tasks.filter(ProcessCpu::isCompilerThread).mapToLong(task -> {
                try {
                    return fromStat(Files.readString(task.resolve("stat"), StandardCharsets.US_ASCII));
                } catch (IOException e) {
                    return 0; // the thread ended meanwhile
                }
            }).sum();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot list the threads of process " + pid + " in /proc", e);
        }
    }

    private static boolean isCompilerThread(Path task) {
        try {
            String name = Files.readString(task.resolve("comm"), StandardCharsets.US_ASCII).trim();
            return name.startsWith("C1 CompilerThre") || name.startsWith("C2 CompilerThre");
        } catch (IOException e) {
            return false;
        }
    }

    static boolean available() {
        return Files.isReadable(Path.of("/proc/self/stat"));
    }

    private static long micros(String pid) {
        try {
            return fromStat(Files.readString(Path.of("/proc", pid, "stat"), StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the CPU time of process " + pid + " from /proc", e);
        }
    }

    private static long fromStat(String stat) {
        // the command name (field 2) may hold spaces and parentheses; the fields after it are plain numbers
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
        long utime = Long.parseLong(fields[11]);
        long stime = Long.parseLong(fields[12]);
        return (utime + stime) * MICROS_PER_TICK;
    }
}
