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

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.config.Property;

/**
 * Every logger at TRACE, Camel's and HttpClient's included, kept with stack traces as the layout-free text a log file
 * would hold. {@link #start()} before the context starts, {@link #stop()} after.
 */
public final class CapturedLog extends AbstractAppender {

    private final List<String> lines = new CopyOnWriteArrayList<>();
    private Level rootLevel;

    public CapturedLog() {
        super("capture", null, null, true, Property.EMPTY_ARRAY);
    }

    @Override
    public void start() {
        super.start();
        LoggerContext logging = (LoggerContext) LogManager.getContext(false);
        Configuration configuration = logging.getConfiguration();
        configuration.addAppender(this);
        LoggerConfig root = configuration.getRootLogger();
        rootLevel = root.getLevel();
        root.addAppender(this, Level.ALL, null);
        root.setLevel(Level.TRACE);
        logging.updateLoggers();
    }

    @Override
    public void stop() {
        LoggerContext logging = (LoggerContext) LogManager.getContext(false);
        LoggerConfig root = logging.getConfiguration().getRootLogger();
        root.removeAppender(getName());
        root.setLevel(rootLevel);
        logging.updateLoggers();
        super.stop();
    }

    @Override
    public void append(LogEvent event) {
        lines.add(event.getLoggerName() + " " + event.getMessage().getFormattedMessage()
                  + (event.getThrown() != null ? "\n" + stackTrace(event.getThrown()) : ""));
    }

    public String text() {
        return String.join("\n", lines);
    }

    public static String stackTrace(Throwable throwable) {
        StringWriter out = new StringWriter();
        throwable.printStackTrace(new PrintWriter(out));
        return out.toString();
    }
}
