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

/**
 * A poll of the inbox was refused by the provider; its status code and message are on it for Camel's consumer health
 * check, so wrong credentials show DOWN with 401.
 */
public class InboxPollException extends IletiMerkeziPollException {

    private static final long serialVersionUID = 1L;

    public InboxPollException(IletiMerkeziException cause) {
        super("İleti Merkezi inbox poll failed: " + cause.getMessage() + "; tried again at the next poll", cause);
    }
}
