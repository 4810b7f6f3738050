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
 * failure's own message, what happens next); its stack trace is logged at DEBUG. A failing poll repeats every delay,
 * and a stack trace each time buries the logs. A route's own handler ({@code exceptionHandler},
 * {@code bridgeErrorHandler}) replaces it.
 */
final class OneLineExceptionHandler implements ExceptionHandler {

    private final Logger log;

    OneLineExceptionHandler(Logger log) {
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
        if (message == null) {
            log.warn("{}", text);
        } else {
            log.warn("{} - {}", message, text);
        }
        if (exception != null && log.isDebugEnabled()) {
            log.debug("Stack trace of: {}", text, exception);
        }
    }
}
