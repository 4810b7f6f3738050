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
package io.github.cameliletimerkezi.api;

import io.github.cameliletimerkezi.client.ApiTransport;
import io.github.cameliletimerkezi.client.HttpAnswer;
import io.github.cameliletimerkezi.client.xml.UserInfoAnswer;
import io.github.cameliletimerkezi.client.xml.XmlCodec;
import io.github.cameliletimerkezi.model.IletiMerkeziResponse;

/**
 * Reads the legacy {@code <userInfo>} answer. That answer carries the account password in clear text; it is removed
 * from the fields and from the raw body before anything is handed back.
 */
final class AccountAnswerReader {

    static final String OPERATION = "account";

    private AccountAnswerReader() {
    }

    static IletiMerkeziResponse read(HttpAnswer answer) {
        if (answer.body().isBlank()) {
            throw ResponseReader.unreadable(OPERATION, answer, "the body is empty", null);
        }
        UserInfoAnswer userInfo;
        try {
            userInfo = XmlCodec.readUserInfo(answer.body());
        } catch (Exception e) {
            throw ResponseReader.unreadable(OPERATION, answer,
                    "the body is not İleti Merkezi XML: " + ApiTransport.snippet(answer.body()), e);
        }
        if ("response".equals(userInfo.root())) {
            return ResponseReader.read(OPERATION, answer, null);
        }
        if (!"userInfo".equals(userInfo.root())) {
            throw ResponseReader.unreadable(OPERATION, answer, "expected <userInfo>, got <" + userInfo.root() + ">", null);
        }
        return IletiMerkeziResponse.builder(OPERATION, answer.status())
                .body(userInfo.body())
                .account(userInfo.fields())
                .build();
    }
}
