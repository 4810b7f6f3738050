package io.github.cameliletimerkezi.sandbox;

import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each test number has the outcome docs/sandbox.md promises, whatever the failure ratio and seed, seen through
 * get-report as any client would: the clock is frozen and moved by the test.
 */
class SandboxTestNumbersTest {

    @Test
    void eachTestNumberHasItsDocumentedOutcome() throws Exception {
        SandboxClock clock = new SandboxClock().freeze();
        // every ordinary recipient fails, so an outcome that comes out delivered can only come from the test number
        try (IletiMerkeziSandbox sandbox = IletiMerkeziSandbox.builder().clock(clock).failureRatio(1)
                .deliveryDelay(Duration.ofSeconds(1)).start()) {
            SandboxHttp http = new SandboxHttp(sandbox);
            HttpResponse<String> sent = http.send("Test numaraları", "05550000001", "+90 555 000 00 02", "905550000003",
                    "5550000004", "5301234567");
            assertThat(sent.statusCode()).isEqualTo(200);
            String id = SandboxHttp.orderId(sent);

            assertThat(http.reportStatuses(id)).as("at the send time")
                    .isEqualTo("+905550000001=111 +905550000002=110 +905550000003=112 +905550000004=110 +905301234567=110");
            clock.advance(Duration.ofSeconds(1));
            assertThat(http.reportStatuses(id)).as("the ordinary number at the delivery delay, the delayed one not yet")
                    .isEqualTo("+905550000001=111 +905550000002=110 +905550000003=112 +905550000004=110 +905301234567=112");
            clock.advance(TestNumbers.LATER.minusSeconds(1).minusMillis(1));
            assertThat(http.reportStatuses(id)).contains("+905550000002=110");
            clock.advance(Duration.ofMillis(1));
            assertThat(http.reportStatuses(id)).as("5 s after sending").contains("+905550000002=111");
            clock.advance(Duration.ofDays(3));
            assertThat(http.reportStatuses(id)).as("never final, days later")
                    .isEqualTo("+905550000001=111 +905550000002=111 +905550000003=112 +905550000004=110 +905301234567=112");
            assertThat(http.xml("get-report", "<request>" + SandboxHttp.USER + "<order><id>" + id + "</id></order></request>")
                    .body()).as("the order never completes").contains("<status>113</status>");
        }
    }

    @Test
    void theRefusedNumberAndUnlistedNumbersOfTheBlockAreAnswered452() throws Exception {
        try (IletiMerkeziSandbox sandbox = IletiMerkeziSandbox.builder().smsCredits(100).start()) {
            SandboxHttp http = new SandboxHttp(sandbox);
            HttpResponse<String> refused = http.send("Reddedilen", "5301234567", "05550000005");
            assertThat(refused.statusCode()).isEqualTo(452);
            assertThat(refused.body()).contains("<code>452</code>");
            assertThat(http.send("Listede yok", "+905550000009").statusCode()).as("a mistyped test number").isEqualTo(452);
            assertThat(http.send("Listede yok", "+905550000000").statusCode()).isEqualTo(452);
            assertThat(sandbox.smsCredits()).as("nothing debited").isEqualTo(100);
            assertThat(http.send("Blok dışı", "+905550000011", "+905550000101").statusCode())
                    .as("numbers outside the block are ordinary").isEqualTo(200);
        }
    }

    @Test
    void theOutcomeIgnoresSeedAndRatio() throws Exception {
        for (long seed = 1; seed <= 3; seed++) {
            SandboxClock clock = new SandboxClock().freeze();
            try (IletiMerkeziSandbox sandbox = IletiMerkeziSandbox.builder().clock(clock).seed(seed).failureRatio(seed / 3.0)
                    .start()) {
                SandboxHttp http = new SandboxHttp(sandbox);
                String id = SandboxHttp.orderId(http.send("Tohum " + seed, "5550000001", "5550000003"));
                assertThat(http.reportStatuses(id)).isEqualTo("+905550000001=111 +905550000003=112");
            }
        }
    }
}
