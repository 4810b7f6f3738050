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
package io.github.cameliletimerkezi.quickstart;

import java.io.PrintStream;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import io.github.cameliletimerkezi.IletiMerkeziComponent;
import io.github.cameliletimerkezi.IletiMerkeziConstants;
import io.github.cameliletimerkezi.model.Balance;
import io.github.cameliletimerkezi.model.IletiMerkeziResponse;
import io.github.cameliletimerkezi.model.SendTimeFormat;
import io.github.cameliletimerkezi.sandbox.IletiMerkeziSandbox;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.main.Main;

/**
 * The quickstart: a Camel application that lists the senders and the balance, sends one text to three numbers and two
 * texts in one order, schedules an order and cancels it, follows the delivery reports until every order is final and
 * prints a summary. It starts the local sandbox and talks to it, naming the IM_* variables it leaves aside; only with
 * {@code --real} does it talk to the provider with the IM_* credentials (then IM_SENDER and IM_QUICKSTART_NUMBERS,
 * three comma-separated numbers, are needed too): the README's step 4 has users export IM_* for the sandbox, and real
 * SMS cost money, so an exported variable alone never switches to the provider.
 */
public final class Quickstart {

    private static final long WAIT_SECONDS = 120;
    private static final long HEARTBEAT_SECONDS = 7;

    static final String REAL = "--real";

    private final Map<String, String> environment;
    private final boolean real;
    private final PrintStream out;
    private final Duration sandboxDeliveryDelay;

    Quickstart(Map<String, String> environment, boolean real, PrintStream out, Duration sandboxDeliveryDelay) {
        this.environment = environment;
        this.real = real;
        this.out = out;
        this.sandboxDeliveryDelay = sandboxDeliveryDelay;
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 1 || args.length == 1 && !args[0].equals(REAL)) {
            System.out.println("Usage: ./quickstart [" + REAL + "]   (" + REAL + ": talk to İleti Merkezi with the IM_* credentials"
                               + " instead of the local sandbox)");
            System.exit(2);
        }
        int status = new Quickstart(System.getenv(), args.length == 1, System.out, Duration.ofSeconds(4)).run();
        if (status != 0) {
            System.exit(status);
        }
    }

    int run() throws Exception {
        IletiMerkeziSandbox sandbox = null;
        Main main = new Main();
        List<String> numbers;
        String sender;
        out.println("İleti Merkezi quickstart");
        if (real) {
            if (!environment.containsKey("IM_USERNAME") && !environment.containsKey("IM_PUBLIC_KEY")) {
                out.println(REAL + " talks to İleti Merkezi with your account: set IM_USERNAME and IM_PASSWORD (or IM_PUBLIC_KEY"
                            + " with IM_SECRET_KEY or IM_API_HASH), IM_SENDER and IM_QUICKSTART_NUMBERS, and run again.");
                return 2;
            }
            numbers = List.of(environment.getOrDefault("IM_QUICKSTART_NUMBERS", "").split("\\s*,\\s*"));
            sender = environment.get("IM_SENDER");
            if (numbers.size() < 3 || sender == null) {
                out.println(REAL + " sends real SMS: set IM_SENDER (an approved sender) and IM_QUICKSTART_NUMBERS"
                            + " (three comma-separated numbers you own) and run again.");
                return 2;
            }
            out.println("Talking to İleti Merkezi at " + environment.getOrDefault("IM_ENDPOINT", "https://api.iletimerkezi.com/v1")
                        + " with the account in the IM_* environment variables");
        } else {
            sandbox = IletiMerkeziSandbox.builder().deliveryDelay(sandboxDeliveryDelay).failureRatio(0.25).seed(4).start();
            numbers = List.of("5301234501", "5301234502", "5301234503");
            sender = "SANDBOX";
            out.println("Talking to the local sandbox at " + sandbox.baseUrl() + " (" + REAL + " talks to İleti Merkezi)");
            List<String> ignored = environment.keySet().stream().filter(name -> name.startsWith("IM_")).sorted().toList();
            if (!ignored.isEmpty()) {
                out.println("Ignored for the sandbox: " + String.join(", ", ignored));
            }
            // the sandbox's address and account reach the component as the IM_* variables a deployment would set
            IletiMerkeziComponent component = new IletiMerkeziComponent();
            Map<String, String> sandboxEnvironment = Map.of("IM_ENDPOINT", sandbox.baseUrl(),
                    "IM_USERNAME", sandbox.settings().username(), "IM_PASSWORD", sandbox.settings().password());
            component.setEnvironment(sandboxEnvironment::get);
            main.bind("iletimerkezi", component);
            main.addOverrideProperty("quickstart.reportDelay", "500");
        }
        main.addOverrideProperty("camel.component.iletimerkezi.sender", sender);
        main.addOverrideProperty("camel.main.name", "iletimerkezi-quickstart");
        DeliveryTally tally = new DeliveryTally();
        main.configure().addRoutesBuilder(new QuickstartRoutes(out, tally));
        // one heartbeat from Camel's start to the first answer: the JVM warms up through both
        Heartbeat starting = null;
        try {
            out.println("Starting Camel and the report consumer");
            starting = Heartbeat.every(out, "starting Camel", HEARTBEAT_SECONDS);
            main.start();
            return talk(main.getCamelContext().createProducerTemplate(), numbers, tally, starting);
        } catch (CamelExecutionException e) {
            out.println("Stopped: " + e.getCause().getMessage());
            return 1;
        } finally {
            if (starting != null) {
                starting.close();
            }
            main.stop();
            if (sandbox != null) {
                sandbox.stop();
            }
        }
    }

    private int talk(ProducerTemplate template, List<String> numbers, DeliveryTally tally, Heartbeat starting)
            throws InterruptedException {
        List<String> senders = template.requestBody("iletimerkezi:senders", null, IletiMerkeziResponse.class).getSenders();
        starting.close();
        out.println("Approved senders: " + String.join(", ", senders));
        Balance before = template.requestBody("iletimerkezi:balance", null, IletiMerkeziResponse.class).getBalance();
        out.println("Balance before: " + describe(before));

        IletiMerkeziResponse first = template.requestBodyAndHeader("iletimerkezi:send", "Merhaba! Siparişiniz yola çıktı.",
                IletiMerkeziConstants.RECIPIENTS, numbers, IletiMerkeziResponse.class);
        tally.expect(first.getOrderId());
        out.println("Sent order " + first.getOrderId() + ": one text to " + numbers.size() + " numbers");

        IletiMerkeziResponse second = template.requestBody("iletimerkezi:send", Map.of("messages", List.of(
                Map.of("text", "Faturanız hazır: 120,50 TL", "phones", List.of(numbers.get(0))),
                Map.of("text", "Randevunuz yarın 10:00'da", "phones", List.of(numbers.get(1))))), IletiMerkeziResponse.class);
        tally.expect(second.getOrderId());
        out.println("Sent order " + second.getOrderId() + ": two texts in one order");

        ZonedDateTime inAnHour = ZonedDateTime.now(SendTimeFormat.ISTANBUL).plusHours(1);
        IletiMerkeziResponse scheduled = template.requestBodyAndHeaders("iletimerkezi:send", "Hatırlatma: kampanya yarın bitiyor",
                Map.of(IletiMerkeziConstants.RECIPIENTS, numbers.get(2), IletiMerkeziConstants.SEND_DATE_TIME, inAnHour),
                IletiMerkeziResponse.class);
        tally.expect(scheduled.getOrderId());
        tally.cancelling(scheduled.getOrderId());
        out.println("Scheduled order " + scheduled.getOrderId() + " for " + SendTimeFormat.format(inAnHour) + " (Istanbul time)");
        template.requestBody("iletimerkezi:cancel", scheduled, IletiMerkeziResponse.class);
        out.println("Cancelled order " + scheduled.getOrderId());

        out.println("Following the delivery reports until every order is final:");
        boolean allFinal;
        try (Heartbeat waiting = Heartbeat.every(out, "waiting for delivery reports", HEARTBEAT_SECONDS)) {
            allFinal = tally.awaitAllFinal(WAIT_SECONDS);
        }
        if (!allFinal) {
            out.println("Not every order was final after " + WAIT_SECONDS + " s; stopping.");
            return 1;
        }
        Balance after = template.requestBody("iletimerkezi:balance", null, IletiMerkeziResponse.class).getBalance();
        out.println("Balance after: " + describe(after));
        out.printf("Summary: 3 orders; %d recipients delivered, %d not delivered; %d order cancelled; %d SMS credits used%n",
                tally.delivered(), tally.undelivered(), tally.cancelledOrFailed(), before.sms() - after.sms());
        return 0;
    }

    private static String describe(Balance balance) {
        return balance.amount() + " TL, " + balance.sms() + " SMS credits";
    }
}
