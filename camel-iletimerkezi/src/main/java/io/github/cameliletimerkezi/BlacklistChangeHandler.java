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
import java.util.ArrayList;
import java.util.List;

import io.github.cameliletimerkezi.api.IletiMerkeziClient;
import io.github.cameliletimerkezi.model.IletiMerkeziResponse;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * {@code addToBlacklist} and {@code removeFromBlacklist}: one call per number, as the API takes them, after every
 * number was checked. The body becomes the answer (one number) or the list of answers in the numbers' order; the status
 * headers carry the first failure, else 200, and that failure is raised after every number was tried.
 */
final class BlacklistChangeHandler implements OperationHandler {

    /** The client call that adds or removes one number. */
    @FunctionalInterface
    interface Change {
        IletiMerkeziResponse apply(IletiMerkeziClient client, String number) throws IOException;
    }

    private final Change change;

    BlacklistChangeHandler(Change change) {
        this.change = change;
    }

    @Override
    public void handle(Exchange exchange, IletiMerkeziClient client, IletiMerkeziConfiguration configuration)
            throws Exception {
        Message message = exchange.getMessage();
        List<String> numbers = BlacklistRequestReader.numbers(message);
        boolean single = numbers.size() == 1 && BlacklistRequestReader.isSingle(message);
        List<IletiMerkeziResponse> answers = new ArrayList<>(numbers.size());
        IletiMerkeziResponse firstFailure = null;
        for (String number : numbers) {
            IletiMerkeziResponse answer = change.apply(client, number);
            answers.add(answer);
            if (answer.isError() && firstFailure == null) {
                firstFailure = answer;
            }
        }
        Answers.putStatus(message, firstFailure != null ? firstFailure : answers.get(0));
        message.setBody(single ? answers.get(0) : answers);
        Answers.raiseIfFailed(firstFailure, configuration);
    }
}
