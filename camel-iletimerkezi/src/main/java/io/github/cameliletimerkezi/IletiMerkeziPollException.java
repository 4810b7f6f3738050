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
import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.HttpResponseAware;

/**
 * A consumer's poll failed. When the provider answered, the status code and message of the plain client's exception
 * (found among the causes) are kept, so Camel's consumer health check shows them ({@link HttpResponseAware}): wrong
 * credentials show DOWN with 401. The consumers throw the subclasses {@code ReportPollException} and
 * {@code InboxPollException}.
 */
public class IletiMerkeziPollException extends RuntimeCamelException implements HttpResponseAware {

    private static final long serialVersionUID = 1L;

    private int statusCode;
    private String statusMessage;

    public IletiMerkeziPollException(String message, Throwable cause) {
        super(message, cause);
        Throwable api = cause;
        while (api != null && !(api instanceof IletiMerkeziException)) {
            api = api.getCause();
        }
        if (api instanceof IletiMerkeziException e) {
            this.statusCode = e.getStatusCode();
            this.statusMessage = e.getStatusMessage();
        }
    }

    @Override
    public int getHttpResponseCode() {
        return statusCode;
    }

    @Override
    public void setHttpResponseCode(int code) {
        this.statusCode = code;
    }

    @Override
    public String getHttpResponseStatus() {
        return statusMessage;
    }

    @Override
    public void setHttpResponseStatus(String status) {
        this.statusMessage = status;
    }
}
