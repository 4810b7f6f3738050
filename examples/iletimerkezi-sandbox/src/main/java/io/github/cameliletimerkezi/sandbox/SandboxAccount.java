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
package io.github.cameliletimerkezi.sandbox;

import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

/**
 * The one account at the sandbox: SMS credits, orders and the texts sent recently (for the duplicate rule); the
 * account runs on SMS credits, so its lira amount is a fixed setting. Operations change it while holding its monitor, so the state stays consistent under concurrent requests.
 */
final class SandboxAccount {

    static final ZoneId ISTANBUL = ZoneId.of("Europe/Istanbul");

    final SandboxSettings settings;
    final Map<Long, SandboxOrder> orders = new HashMap<>();
    final Map<String, Instant> recentTexts = new HashMap<>();
    long smsCredits;
    long nextOrderId;
    final SandboxBlacklist blacklist;
    final SandboxWebhook webhook;

    SandboxAccount(SandboxSettings settings) {
        this.settings = settings;
        this.smsCredits = settings.smsCredits();
        this.nextOrderId = settings.firstOrderId();
        this.blacklist = new SandboxBlacklist(settings.clock());
        this.webhook = new SandboxWebhook(settings.clock());
    }

    synchronized java.util.List<SandboxOrder> ordersSnapshot() {
        return java.util.List.copyOf(orders.values());
    }

    synchronized long smsCredits() {
        return smsCredits;
    }

    Instant now() {
        return settings.clock().instant();
    }

    /** The order an {@code <order><id>} names, or null; the caller holds the account's monitor. */
    SandboxOrder find(XmlNode order) {
        if (order == null) {
            return null;
        }
        try {
            return orders.get(Long.parseLong(order.value("id")));
        } catch (NumberFormatException | NullPointerException e) {
            return null;
        }
    }
}
