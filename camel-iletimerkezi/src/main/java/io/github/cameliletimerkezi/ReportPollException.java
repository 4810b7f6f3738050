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

import io.github.cameliletimerkezi.client.IletiMerkeziException;
import io.github.cameliletimerkezi.report.ReportFailure;

/**
 * A poll of the delivery reports failed. The provider's status code and message, when it answered, are on it for
 * Camel's consumer health check; the plain client's exception is its cause. The message names the order and what
 * happens to it next.
 */
public class ReportPollException extends IletiMerkeziPollException {

    private static final long serialVersionUID = 1L;

    public ReportPollException(IletiMerkeziException cause) {
        this(cause.getMessage(), cause);
    }

    public ReportPollException(String message, Throwable cause) {
        super(message, cause);
    }

    /** A failure of the whole stream, found by the report package, as the consumer throws it. */
    static ReportPollException of(ReportFailure failure) {
        return new ReportPollException(failure.getMessage(), failure.getCause());
    }
}
