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

import io.github.cameliletimerkezi.api.IletiMerkeziClient;
import io.github.cameliletimerkezi.client.IletiMerkeziException;
import io.github.cameliletimerkezi.model.IletiMerkeziResponse;
import io.github.cameliletimerkezi.parts.SendEstimate;
import org.apache.camel.Message;

/**
 * The rules every handler shares for putting an answer on the message and for turning a refused call into an
 * {@link IletiMerkeziException}, so each operation writes the same headers the same way.
 */
final class Answers {

    /** One client call, its input read from the message and the options. */
    @FunctionalInterface
    interface Call {
        IletiMerkeziResponse call(Message message, IletiMerkeziClient client, IletiMerkeziConfiguration configuration)
                throws Exception;
    }

    private Answers() {
    }

    /** A handler for an operation that is one call and nothing more: the answer is put, then a failure raised. */
    static OperationHandler of(Call call) {
        return (exchange, client, configuration) -> {
            Message message = exchange.getMessage();
            IletiMerkeziResponse response = call.call(message, client, configuration);
            put(message, response);
            raiseIfFailed(response, configuration);
        };
    }

    /** The status headers, the order id when the answer has one, and the answer as the body. */
    static void put(Message message, IletiMerkeziResponse response) {
        putStatus(message, response);
        if (response.getOrderId() != null) {
            message.setHeader(IletiMerkeziConstants.ORDER_ID, response.getOrderId());
        }
        message.setBody(response);
    }

    /** The status code and message of the answer that stands for the whole operation. */
    static void putStatus(Message message, IletiMerkeziResponse shown) {
        message.setHeader(IletiMerkeziConstants.STATUS_CODE, shown.getCode());
        message.setHeader(IletiMerkeziConstants.STATUS_MESSAGE, shown.getMessage());
    }

    /** The parts and credits a send costs, known before anything is sent. */
    static void putCost(Message message, SendEstimate estimate) {
        message.setHeader(IletiMerkeziConstants.PARTS, estimate.parts());
        message.setHeader(IletiMerkeziConstants.CREDITS, estimate.credits());
    }

    /**
     * Raises the failure unless the endpoint was told to leave failures on the message.
     *
     * @param failure an answer with an error status, or null when there is none
     */
    static void raiseIfFailed(IletiMerkeziResponse failure, IletiMerkeziConfiguration configuration) {
        if (failure != null && failure.isError() && configuration.isThrowExceptionOnFailure()) {
            throw new IletiMerkeziException(failure);
        }
    }
}
