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

import java.util.ArrayList;
import java.util.List;

import io.github.cameliletimerkezi.api.IletiMerkeziClient;
import io.github.cameliletimerkezi.consent.ConsentCalls;
import io.github.cameliletimerkezi.consent.ConsentRecord;
import io.github.cameliletimerkezi.model.IletiMerkeziResponse;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * {@code addConsent}: one call per {@value ConsentCalls#MAX_RECORDS} records, after every record was checked; stops at
 * the first failure (403 without an İYS subscription fails them all). The body becomes the answer (one call) or the
 * list of answers; the status headers carry the failure, else 200.
 */
final class AddConsentHandler implements OperationHandler {

    @Override
    public void handle(Exchange exchange, IletiMerkeziClient client, IletiMerkeziConfiguration configuration)
            throws Exception {
        Message message = exchange.getMessage();
        List<ConsentRecord> records = ConsentRequestReader.records(message);
        List<IletiMerkeziResponse> answers = new ArrayList<>();
        IletiMerkeziResponse failure = null;
        for (int from = 0; from < records.size() && failure == null; from += ConsentCalls.MAX_RECORDS) {
            IletiMerkeziResponse answer = client.addConsent(configuration.getBrandCode(),
                    records.subList(from, Math.min(from + ConsentCalls.MAX_RECORDS, records.size())));
            answers.add(answer);
            failure = answer.isError() ? answer : null;
        }
        Answers.putStatus(message, failure != null ? failure : answers.get(0));
        message.setBody(answers.size() == 1 ? answers.get(0) : answers);
        Answers.raiseIfFailed(failure, configuration);
    }
}
