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
package io.github.cameliletimerkezi.client;

import io.github.cameliletimerkezi.model.IletiMerkeziResponse;
import io.github.cameliletimerkezi.model.StatusCodes;

/**
 * The provider answered with an error status, or with something that is not its XML. Carries the status code (the
 * provider's code, else the HTTP status), the provider's message and the operation, so health checks and error
 * handlers can branch on the code. A plain Java exception: the client that throws it runs without Camel.
 */
public class IletiMerkeziException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String operation;
    private final transient IletiMerkeziResponse response;
    private final int statusCode;
    private final String statusMessage;

    /** An answer that carried an error status. */
    public IletiMerkeziException(IletiMerkeziResponse response) {
        super("İleti Merkezi " + response.getOperation() + " failed with status " + response.getCode() + ": "
              + response.getMessage() + " (" + response.getMeaning() + ")");
        this.operation = response.getOperation();
        this.response = response;
        this.statusCode = response.getCode();
        this.statusMessage = response.getMessage();
    }

    /** An answer that could not be read; {@code httpStatus} is what the server sent. */
    public IletiMerkeziException(String operation, int httpStatus, String problem, Throwable cause) {
        super("İleti Merkezi " + operation + " got an unreadable answer (HTTP " + httpStatus + "): " + problem, cause);
        this.operation = operation;
        this.response = null;
        this.statusCode = httpStatus;
        this.statusMessage = StatusCodes.providerMessage(httpStatus);
    }

    /**
     * A failure described by the client itself: a redirect, a transport fault.
     *
     * @param statusCode the HTTP status when the server answered, else 0
     */
    protected IletiMerkeziException(String message, String operation, int statusCode, Throwable cause) {
        super(message, cause);
        this.operation = operation;
        this.response = null;
        this.statusCode = statusCode;
        this.statusMessage = null;
    }

    /** The operation that failed ({@code send}, {@code report}, ...). */
    public String getOperation() {
        return operation;
    }

    /**
     * The provider's status code, or the HTTP status when the answer could not be read; 0 when no answer came
     * (see {@link IletiMerkeziTransportException}).
     */
    public int getStatusCode() {
        return statusCode;
    }

    /** The provider's status message, when there is one. */
    public String getStatusMessage() {
        return statusMessage;
    }

    /** The answer, when it could be read; null for unreadable answers. */
    public IletiMerkeziResponse getResponse() {
        return response;
    }
}
