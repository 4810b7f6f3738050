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

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * How a sandbox behaves: its address, the one account it knows, the account's balance and senders, and how delivery
 * progresses. Build with {@link IletiMerkeziSandbox#builder()}.
 */
public final class SandboxSettings {

    int port;
    String host = "127.0.0.1";
    String username = "5551112233";
    String password = "sandbox-password";
    String publicKey = "sandbox-public-key";
    String secretKey = "sandbox-secret-key";
    Set<String> senders = new LinkedHashSet<>(List.of("APITEST", "SANDBOX"));
    long smsCredits = 10_000;
    long amount = 500;
    Duration deliveryDelay = Duration.ofSeconds(3);
    double failureRatio = 0.1;
    long seed = 42;
    long firstOrderId = 100_001;
    int threads = 8;
    Duration latency = Duration.ZERO;
    SandboxClock clock = new SandboxClock();
    Consumer<String> requestLog;
    List<String> pushUrls = new ArrayList<>();
    boolean console = true;
    /** SMS in the inbox from the start: sender, receiver, text. */
    List<List<String>> receivedSms = new ArrayList<>();

    SandboxSettings() {
    }

    public int port() {
        return port;
    }

    public String username() {
        return username;
    }

    public String password() {
        return password;
    }

    public String publicKey() {
        return publicKey;
    }

    public String secretKey() {
        return secretKey;
    }

    public Set<String> senders() {
        return senders;
    }

    public long smsCredits() {
        return smsCredits;
    }

    /** The lira balance; the account runs on SMS credits, so sending does not change it. */
    public long amount() {
        return amount;
    }

    public String host() {
        return host;
    }

    public int threads() {
        return threads;
    }

    /** How long every answer is held back, as a provider far away would be; zero by default. */
    public Duration latency() {
        return latency;
    }

    public Duration deliveryDelay() {
        return deliveryDelay;
    }

    public double failureRatio() {
        return failureRatio;
    }

    public long seed() {
        return seed;
    }

    public long firstOrderId() {
        return firstOrderId;
    }

    public SandboxClock clock() {
        return clock;
    }

    /** Where delivery reports are pushed from the start; empty by default. */
    public List<String> pushUrls() {
        return List.copyOf(pushUrls);
    }

    /** Whether the web console ({@code /console/}) is served; on by default. */
    public boolean console() {
        return console;
    }

    /** Builds a sandbox; every setting has a default that suits a demo. */
    public static final class Builder {
        private final SandboxSettings settings = new SandboxSettings();

        Builder() {
        }

        /** The settings so far, for a command line that sets one half of a pair. */
        SandboxSettings settings() {
            return settings;
        }

        /** The port to listen on; 0 (the default) picks a free one. */
        public Builder port(int port) {
            settings.port = port;
            return this;
        }

        public Builder host(String host) {
            settings.host = Objects.requireNonNull(host);
            return this;
        }

        public Builder credentials(String username, String password) {
            settings.username = Objects.requireNonNull(username);
            settings.password = Objects.requireNonNull(password);
            return this;
        }

        /** The API key pair; requests authenticate with the key and HMAC-SHA256(secret, key) as hash. */
        public Builder apiKey(String publicKey, String secretKey) {
            settings.publicKey = Objects.requireNonNull(publicKey);
            settings.secretKey = Objects.requireNonNull(secretKey);
            return this;
        }

        public Builder senders(String... senders) {
            settings.senders = new LinkedHashSet<>(List.of(senders));
            return this;
        }

        public Builder smsCredits(long smsCredits) {
            settings.smsCredits = smsCredits;
            return this;
        }

        /** The lira balance {@code get-balance} reports, in whole lira as the recorded answers show it. */
        public Builder amount(long amount) {
            settings.amount = amount;
            return this;
        }

        /** How long after the send time the last recipient's delivery report arrives; the others spread before it. */
        public Builder deliveryDelay(Duration deliveryDelay) {
            settings.deliveryDelay = Objects.requireNonNull(deliveryDelay);
            return this;
        }

        /** The share of recipients whose message is not delivered (112), drawn from the seeded source. */
        public Builder failureRatio(double failureRatio) {
            if (failureRatio < 0 || failureRatio > 1) {
                throw new IllegalArgumentException("failureRatio must be between 0 and 1, was " + failureRatio);
            }
            settings.failureRatio = failureRatio;
            return this;
        }

        public Builder seed(long seed) {
            settings.seed = seed;
            return this;
        }

        public Builder firstOrderId(long firstOrderId) {
            settings.firstOrderId = firstOrderId;
            return this;
        }

        /**
         * Holds every answer back this long, as the network to a distant provider would. The wait is scheduled, not
         * slept: no request thread is held, so any number of requests can wait at once.
         */
        public Builder latency(Duration latency) {
            if (latency.isNegative()) {
                throw new IllegalArgumentException("latency must not be negative, was " + latency);
            }
            settings.latency = latency;
            return this;
        }

        /** Request-handling threads. */
        public Builder threads(int threads) {
            settings.threads = threads;
            return this;
        }

        /** Receives one line per request answered (method, path, status); nothing of the body. */
        public Builder requestLog(Consumer<String> requestLog) {
            settings.requestLog = requestLog;
            return this;
        }

        /**
         * Pushes every recipient's status changes to this URL, as the provider does to the notification URL set in its
         * panel; call again for more URLs. See {@link IletiMerkeziSandbox#pushReportsTo(String...)} for the retries.
         */
        public Builder pushUrl(String url) {
            settings.pushUrls.add(SandboxWebhook.checkedUrl(Objects.requireNonNull(url)));
            return this;
        }

        /** Serves the web console at {@code /console/} (the default); off for a load test that wants nothing extra. */
        public Builder console(boolean console) {
            settings.console = console;
            return this;
        }

        /** An SMS that is in the account's inbox when the sandbox starts, as {@link IletiMerkeziSandbox#receiveSms}. */
        public Builder receivedSms(String sender, String receiver, String text) {
            if (Numbers.canonical(Objects.requireNonNull(sender)) == null) {
                throw new IllegalArgumentException("sender '" + sender + "' is not a phone number");
            }
            if (Objects.requireNonNull(receiver).isBlank()) {
                throw new IllegalArgumentException("receiver is missing: give the account's number or short code");
            }
            settings.receivedSms.add(List.of(sender, receiver, Objects.requireNonNull(text)));
            return this;
        }

        public Builder clock(SandboxClock clock) {
            settings.clock = Objects.requireNonNull(clock);
            return this;
        }

        public IletiMerkeziSandbox build() {
            return new IletiMerkeziSandbox(settings);
        }

        /** Builds and starts the sandbox. */
        public IletiMerkeziSandbox start() {
            return build().start();
        }
    }
}
