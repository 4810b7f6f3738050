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

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Property;

/**
 * Collects the WARN (and more severe) lines of one logger while started: {@code start()} in a {@code @BeforeEach},
 * {@code stop()} in an {@code @AfterEach}.
 */
public final class LogCapture {

    private final List<LogEvent> warnings = new CopyOnWriteArrayList<>();
    private final String name;
    private final AbstractAppender appender;

    public LogCapture(String loggerName) {
        this.name = "capture-" + loggerName;
        Predicate<LogEvent> wanted = event -> event.getLevel().isMoreSpecificThan(Level.WARN)
                                              && event.getLoggerName().equals(loggerName);
        this.appender = new AbstractAppender(name, null, null, true, Property.EMPTY_ARRAY) {
            @Override
            public void append(LogEvent event) {
                if (wanted.test(event)) {
                    warnings.add(event.toImmutable());
                }
            }
        };
    }

    public void start() {
        LoggerContext logging = (LoggerContext) LogManager.getContext(false);
        appender.start();
        logging.getConfiguration().getRootLogger().addAppender(appender, Level.WARN, null);
        logging.updateLoggers();
    }

    public void stop() {
        LoggerContext logging = (LoggerContext) LogManager.getContext(false);
        logging.getConfiguration().getRootLogger().removeAppender(name);
        logging.updateLoggers();
        appender.stop();
    }

    /** The formatted WARN lines so far. */
    public List<String> warnings() {
        return warnings.stream().map(event -> event.getMessage().getFormattedMessage()).toList();
    }
}
