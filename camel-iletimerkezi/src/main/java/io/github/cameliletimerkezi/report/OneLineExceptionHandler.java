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
package io.github.cameliletimerkezi.report;

import org.apache.camel.Exchange;
import org.apache.camel.spi.ExceptionHandler;
import org.slf4j.Logger;

/**
 * The report consumer's default exception handler: a failed poll or update is one WARN line (what failed, the
 * failure's own message, what happens next); its stack trace is logged at DEBUG. A failing poll repeats every delay
 * (a wrong password fails every poll until someone fixes it), so the same line again is logged at DEBUG only, and the
 * first poll that succeeds after a streak says so at INFO with the streak's length. A route's own handler
 * ({@code exceptionHandler}, {@code bridgeErrorHandler}) replaces it.
 */
public final class OneLineExceptionHandler implements ExceptionHandler {

    private final Logger log;
    private String last;
    private int failures;

    public OneLineExceptionHandler(Logger log) {
        this.log = log;
    }

    @Override
    public void handleException(Throwable exception) {
        handleException(null, null, exception);
    }

    @Override
    public void handleException(String message, Throwable exception) {
        handleException(message, null, exception);
    }

    @Override
    public void handleException(String message, Exchange exchange, Throwable exception) {
        String text = exception == null ? "" : exception.getClass().getSimpleName() + ": " + exception.getMessage();
        String line = message == null ? text : message + " - " + text;
        boolean again;
        synchronized (this) {
            again = line.equals(last);
            last = line;
            failures++;
        }
        if (again) {
            log.debug("Again: {}", line);
        } else {
            log.warn("{}", line);
        }
        if (exception != null && log.isDebugEnabled()) {
            log.debug("Stack trace of: {}", text, exception);
        }
    }

    /** A poll succeeded: ends the failure streak, saying so when there was one. */
    public void pollSucceeded() {
        int streak;
        synchronized (this) {
            streak = failures;
            failures = 0;
            last = null;
        }
        if (streak > 0) {
            log.info("İleti Merkezi polls succeed again, after {} failures logged once above", streak);
        }
    }
}
