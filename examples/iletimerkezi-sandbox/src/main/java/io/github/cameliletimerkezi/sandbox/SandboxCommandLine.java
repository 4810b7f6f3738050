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

import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sandbox's command line: every option with its default, parsed strictly. An unknown option, a missing value or a
 * value that does not parse is a {@link UsageException} naming the option.
 */
final class SandboxCommandLine {

    static final int DEFAULT_PORT = 8089;
    private static final Pattern DURATION = Pattern.compile("(\\d+)(ms|s|m)");

    /** An option that takes a value. */
    record Option(String name, String value, String defaultValue, String help, BiConsumer<SandboxSettings.Builder, String> apply) {
    }

    /** What the command line asked for. */
    record Parsed(SandboxSettings.Builder builder, boolean verbose, boolean help) {
    }

    /** A command line the sandbox cannot run with; the message names the option. */
    static final class UsageException extends Exception {
        UsageException(String message) {
            super(message);
        }
    }

    static final List<Option> OPTIONS = options();

    private SandboxCommandLine() {
    }

    static Parsed parse(String... args) throws UsageException {
        SandboxSettings.Builder builder = IletiMerkeziSandbox.builder().port(DEFAULT_PORT);
        boolean verbose = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--help") || arg.equals("-h")) {
                return new Parsed(builder, verbose, true);
            }
            if (arg.equals("--verbose")) {
                verbose = true;
                continue;
            }
            if (arg.equals("--no-console")) {
                builder.console(false);
                continue;
            }
            String name = arg;
            String value = null;
            int equals = arg.indexOf('=');
            if (arg.startsWith("--") && equals > 0) {
                name = arg.substring(0, equals);
                value = arg.substring(equals + 1);
            }
            Option option = find(name);
            if (option == null) {
                throw new UsageException("unknown option " + name);
            }
            if (value == null) {
                if (i + 1 >= args.length) {
                    throw new UsageException(name + " needs a value (" + option.value() + ")");
                }
                value = args[++i];
            }
            try {
                option.apply().accept(builder, value);
            } catch (IllegalArgumentException e) {
                throw new UsageException(name + ": '" + value + "' is not a valid " + option.value()
                                         + (e.getMessage() != null && !(e instanceof NumberFormatException)
                                                 ? " (" + e.getMessage() + ")" : ""));
            }
        }
        return new Parsed(builder, verbose, false);
    }

    /** How this sandbox was started: the jar's real file name (the build names it with its version), else the main class. */
    static String launchCommand() {
        try {
            Path location = Path.of(SandboxCommandLine.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (location.getFileName() != null && location.getFileName().toString().endsWith(".jar")) {
                return "java -jar " + location.getFileName();
            }
        } catch (URISyntaxException | SecurityException | NullPointerException | IllegalArgumentException e) {
            // no readable location: name the main class instead
        }
        return "java -cp <class path> " + SandboxMain.class.getName();
    }

    static void printUsage(PrintStream out) {
        out.println("Usage: " + launchCommand() + " [options]");
        out.println("A local simulator of the İleti Merkezi XML API with one account. Options:");
        for (Option option : OPTIONS) {
            String flag = option.name() + " <" + option.value() + ">";
            out.printf("  %-32s %s (default: %s)%n", flag, option.help(), option.defaultValue());
        }
        out.printf("  %-32s %s (default: off)%n", "--verbose", "print one line per request: method, path, status");
        out.printf("  %-32s %s (default: served)%n", "--no-console", "do not serve the web console at /console/ (load tests)");
        out.printf("  %-32s %s%n", "--help", "print this help and exit");
    }

    private static Option find(String name) {
        for (Option option : OPTIONS) {
            if (option.name().equals(name)) {
                return option;
            }
        }
        return null;
    }

    private static List<Option> options() {
        SandboxSettings defaults = new SandboxSettings();
        return List.of(
                new Option("--host", "address", defaults.host(), "the address to listen on",
                        SandboxSettings.Builder::host),
                new Option("--port", "port", String.valueOf(DEFAULT_PORT), "the port to listen on; 0 picks a free one",
                        (b, v) -> b.port(range(Integer.parseInt(v), 0, 65535))),
                new Option("--username", "text", defaults.username(), "the account's user name (its GSM number)",
                        (b, v) -> b.credentials(notEmpty(v), b.settings().password())),
                new Option("--password", "text", defaults.password(), "the account's password",
                        (b, v) -> b.credentials(b.settings().username(), notEmpty(v))),
                new Option("--public-key", "text", defaults.publicKey(), "the API key",
                        (b, v) -> b.apiKey(notEmpty(v), b.settings().secretKey())),
                new Option("--secret-key", "text", defaults.secretKey(), "the secret the API hash is derived from",
                        (b, v) -> b.apiKey(b.settings().publicKey(), notEmpty(v))),
                new Option("--senders", "list", String.join(",", defaults.senders()), "the approved senders, comma-separated",
                        (b, v) -> b.senders(notEmpty(v).split(","))),
                new Option("--sms-credits", "number", String.valueOf(defaults.smsCredits()), "the SMS credit",
                        (b, v) -> b.smsCredits(range(Long.parseLong(v), 0L, Long.MAX_VALUE))),
                new Option("--amount", "number", String.valueOf(defaults.amount()), "the lira balance, whole lira",
                        (b, v) -> b.amount(range(Long.parseLong(v), 0L, Long.MAX_VALUE))),
                new Option("--delivery-delay", "duration", format(defaults.deliveryDelay()),
                        "how long after sending the last delivery report arrives (500ms, 3s, 2m)",
                        (b, v) -> b.deliveryDelay(duration(v))),
                new Option("--latency", "milliseconds", String.valueOf(defaults.latency().toMillis()),
                        "how long every answer is held back, as by a distant provider (50, or 50ms, 1s)",
                        (b, v) -> b.latency(v.trim().matches("\\d+") ? Duration.ofMillis(Long.parseLong(v.trim())) : duration(v))),
                new Option("--failure-ratio", "ratio", String.valueOf(defaults.failureRatio()),
                        "the share of recipients not delivered, 0 to 1", (b, v) -> b.failureRatio(Double.parseDouble(v))),
                new Option("--seed", "number", String.valueOf(defaults.seed()), "the seed deciding which recipients fail",
                        (b, v) -> b.seed(Long.parseLong(v))),
                new Option("--first-order-id", "number", String.valueOf(defaults.firstOrderId()),
                        "the id of the first order", (b, v) -> b.firstOrderId(range(Long.parseLong(v), 1L, Long.MAX_VALUE))),
                new Option("--push-url", "url", "none",
                        "push delivery reports to this URL; repeat the option for more URLs", SandboxSettings.Builder::pushUrl),
                new Option("--receive-sms", "sender,receiver,text", "none",
                        "an SMS in the inbox from the start (05301234567,7889,ABC RET); repeat for more",
                        (b, v) -> {
                            String[] fields = v.split(",", 3);
                            if (fields.length < 3) {
                                throw new IllegalArgumentException("three comma-separated fields: sender,receiver,text");
                            }
                            b.receivedSms(fields[0].trim(), fields[1].trim(), fields[2]);
                        }));
    }

    private static String notEmpty(String value) {
        if (value.isBlank()) {
            throw new IllegalArgumentException("it is empty");
        }
        return value;
    }

    private static <T extends Comparable<T>> T range(T value, T min, T max) {
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            throw new IllegalArgumentException("out of range " + min + ".." + max);
        }
        return value;
    }

    static Duration duration(String text) {
        Matcher matcher = DURATION.matcher(text.trim().toLowerCase(Locale.ROOT));
        if (!matcher.matches()) {
            throw new IllegalArgumentException("a number followed by ms, s or m");
        }
        long amount = Long.parseLong(matcher.group(1));
        return switch (matcher.group(2)) {
            case "ms" -> Duration.ofMillis(amount);
            case "s" -> Duration.ofSeconds(amount);
            default -> Duration.ofMinutes(amount);
        };
    }

    private static String format(Duration duration) {
        return duration.toMillis() % 1000 != 0 ? duration.toMillis() + "ms" : duration.toSeconds() + "s";
    }
}
