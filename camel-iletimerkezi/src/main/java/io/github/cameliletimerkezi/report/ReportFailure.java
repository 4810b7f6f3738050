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

/**
 * A poll failed for the whole stream (the provider refused the account, a repository could not be opened, read or
 * written): nothing is dropped and the poll is tried again. The report consumer throws it on as its public
 * {@code ReportPollException}, which carries the provider's status code for Camel's health check; this package sits
 * below the consumer and cannot name that type.
 */
public class ReportFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ReportFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
