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
package io.github.cameliletimerkezi.pace;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The paces of the accounts one component sends for, one per API root and account. Each component has its own, so two
 * CamelContexts (or bundles) do not slow each other down unless they are given the same instance.
 */
public final class AccountPaces {

    private final ConcurrentMap<String, AccountPace> accounts = new ConcurrentHashMap<>();

    /**
     * @param account identifies the account without its secret, e.g. the API root and the public key or username
     */
    public AccountPace of(String account) {
        return accounts.computeIfAbsent(account, key -> new AccountPace());
    }

    /**
     * The key {@link #of(String)} takes for an account: the API root and the public key, or the username when no key is
     * set. Never a secret, so it may be logged.
     */
    public static String accountKey(String baseUrl, String publicKey, String username) {
        return baseUrl + "|" + (publicKey != null && !publicKey.isBlank() ? publicKey : username);
    }

    @Override
    public String toString() {
        return "AccountPaces[" + accounts.size() + " accounts]";
    }
}
