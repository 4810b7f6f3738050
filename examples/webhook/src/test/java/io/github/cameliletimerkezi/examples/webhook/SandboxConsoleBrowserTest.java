package io.github.cameliletimerkezi.examples.webhook;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.github.cameliletimerkezi.IletiMerkeziConstants;
import io.github.cameliletimerkezi.model.DeliveryUpdate;
import io.github.cameliletimerkezi.model.IletiMerkeziResponse;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The sandbox's web console in a real, headless Chromium: an order sent through the component shows up with its text
 * intact and escaped, a recipient delivered from the console reaches the route through the sandbox's push and the
 * webhook consumer, and an SMS received from the console's form shows in its inbox. Uses the system's chromium and
 * chromedriver (Debian's {@code chromium} and {@code chromium-driver}; {@code .ci/run} installs them), never a
 * downloaded driver; skipped where they are missing. Leaves a screenshot in {@code target/sandbox-console.png}.
 */
class SandboxConsoleBrowserTest extends SandboxPushTestSupport {

    private static final String TEXT = "Sayın müşterimiz, <b>ÇĞİÖŞÜ çğıöşü</b> & 'kargonuz' yolda";
    private static final Path SCREENSHOT = Path.of("target", "sandbox-console.png");

    private static Path chromium;
    private static Path chromedriver;
    private WebDriver browser;

    @BeforeAll
    static void findBrowser() {
        chromium = onPath("chromium", "chromium-browser", "google-chrome").orElse(null);
        chromedriver = onPath("chromedriver").orElse(null);
    }

    @Override
    protected Duration deliveryDelay() {
        return Duration.ofSeconds(1);
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("iletimerkezi:webhook?path=" + PATH).to("mock:updates");
            }
        };
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void anOrderIsShownDeliveredFromTheConsoleAndTheRouteReceivesThePush() throws Exception {
        // in the test, not in @BeforeAll: so the report lists it as skipped, with this message
        assumeTrue(chromium != null && chromedriver != null,
                "no chromium and chromedriver on the PATH: install Debian's chromium and chromium-driver packages "
                + "(.ci/run does) to run the console's browser test");
        IletiMerkeziResponse sent = template.requestBodyAndHeader("iletimerkezi:send", TEXT, IletiMerkeziConstants.RECIPIENTS,
                List.of("+905550000004", "+905550000001", "+905301234567"), IletiMerkeziResponse.class);
        browser = startBrowser();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        browser.get(sandbox.consoleUrl());

        By order = By.cssSelector("article.order[data-order-id='" + sent.getOrderId() + "']");
        WebElement card = wait.until(ExpectedConditions.presenceOfElementLocated(order));
        assertThat(browser.getTitle()).isEqualTo("İleti Merkezi sandbox");
        assertThat(card.findElement(By.cssSelector("p.text")).getText()).as("shown as sent, Turkish letters intact")
                .isEqualTo(TEXT);
        assertThat(card.findElements(By.tagName("b"))).as("the text is not read as markup").isEmpty();
        assertThat(card.findElement(By.cssSelector(".parts")).getText()).contains("1 part(s)").contains("GSM 7-bit, Turkish shift");
        assertThat(browser.findElement(By.id("balance")).getText()).isEqualTo("Balance: 9997 SMS credits · 500 TL");

        // the never-final test number waits until the console delivers it; the other two arrive on their own
        By neverFinal = By.cssSelector("tr.recipient[data-number='+905550000004']");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("tr.recipient[data-number='+905301234567'] .status"), "delivered (111)"));
        assertThat(browser.findElement(neverFinal).findElement(By.cssSelector(".status")).getText()).isEqualTo("waiting (110)");
        browser.findElement(neverFinal).findElement(By.cssSelector("button.deliver")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("tr.recipient[data-number='+905550000004'] .status"), "delivered (111)"));
        assertThat(browser.findElement(neverFinal).findElements(By.tagName("button"))).as("settled: no buttons left").isEmpty();

        MockEndpoint updates = getMockEndpoint("mock:updates");
        await().atMost(10, TimeUnit.SECONDS).until(() -> finals(updates).size() == 3);
        assertThat(finals(updates)).filteredOn(update -> update.number().endsWith("5550000004")).singleElement()
                .satisfies(update -> {
                    assertThat(update.orderId()).isEqualTo(sent.getOrderId());
                    assertThat(update.statusCode()).isEqualTo(111);
                });
        wait.until(driver -> driver.findElements(By.cssSelector("#pushes tr.push")).size() == 6);
        assertThat(browser.findElements(By.cssSelector("#pushes td.good"))).hasSize(6);

        // an SMS arrives through the console's form; its text is shown, not run
        browser.findElement(By.name("sender")).sendKeys("0530 123 45 67");
        WebElement text = browser.findElement(By.name("text"));
        text.sendKeys("İPTAL <img src=x onerror=alert(1)> ğüşöç");
        text.submit();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("receive-result"), "Received as message 1"));
        WebElement received = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#inbox li[data-id='1']")));
        assertThat(received.getText()).contains("+905301234567 → 7889").contains("İPTAL <img src=x onerror=alert(1)> ğüşöç");
        assertThat(browser.findElements(By.cssSelector("#inbox img"))).isEmpty();

        // a second order appears without a reload: one recipient waits with its buttons, one is undelivered
        IletiMerkeziResponse second = template.requestBodyAndHeader("iletimerkezi:send", "Randevunuz yarın 10:00'da — görüşmek üzere",
                IletiMerkeziConstants.RECIPIENTS, List.of("+905550000004", "+905550000003", "+905550000002"),
                IletiMerkeziResponse.class);
        By secondCard = By.cssSelector("article.order[data-order-id='" + second.getOrderId() + "']");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(secondCard, "undelivered (112)"));
        assertThat(browser.findElement(secondCard).findElement(By.cssSelector(".parts")).getText()).contains("UCS-2");
        assertThat(browser.findElement(secondCard).findElements(By.cssSelector("button.fail"))).isNotEmpty();

        Files.createDirectories(SCREENSHOT.getParent());
        Files.write(SCREENSHOT, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        assertThat(Files.size(SCREENSHOT)).isPositive();
    }

    private static List<DeliveryUpdate> finals(MockEndpoint updates) {
        return deliveries(updates).stream().filter(DeliveryUpdate::isFinal).toList();
    }

    private static WebDriver startBrowser() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        // --no-sandbox: CI runs as root, where Chromium's own sandbox cannot start
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1400,1100", "--lang=tr-TR");
        // the system's chromedriver, named here, so that Selenium Manager never looks for (or downloads) one
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.toFile())
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    private static Optional<Path> onPath(String... names) {
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.of(names).flatMap(name -> Stream.of(path.split(File.pathSeparator)).map(dir -> Path.of(dir, name)))
                .filter(Files::isExecutable).findFirst();
    }
}
