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

import java.io.IOException;

import io.github.cameliletimerkezi.api.IletiMerkeziClient;
import io.github.cameliletimerkezi.client.IletiMerkeziException;
import io.github.cameliletimerkezi.model.IletiMerkeziResponse;
import io.github.cameliletimerkezi.model.StatusCodes;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code status}: the body becomes true when a balance query answers 200, false when the service answers 5xx or
 * cannot be reached. Any other answer (wrong credentials, no subscription) is a configuration error, not an outage, and
 * raises IletiMerkeziException whatever throwExceptionOnFailure says.
 */
final class StatusHandler implements OperationHandler {

    // the producer's log category, where this line has always been, so existing logging settings still show it
    private static final Logger LOG = LoggerFactory.getLogger(IletiMerkeziProducer.class);

    @Override
    public void handle(Exchange exchange, IletiMerkeziClient client, IletiMerkeziConfiguration configuration) {
        exchange.getMessage().setBody(serviceUp(client));
    }

    private static boolean serviceUp(IletiMerkeziClient client) {
        IletiMerkeziResponse balance;
        try {
            balance = client.balance();
        } catch (IletiMerkeziException | IOException e) {
            LOG.debug("İleti Merkezi status: {}", e.getMessage());
            return false;
        }
        if (balance.getCode() == StatusCodes.OK) {
            return true;
        }
        if (balance.getCode() >= 500) {
            return false;
        }
        throw new IletiMerkeziException(balance);
    }
}
