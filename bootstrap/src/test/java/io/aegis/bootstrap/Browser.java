package io.aegis.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium, driven through its chromedriver, against Aegis on a local port: one per test class
 * (starting it takes seconds). Without Chromium the browser tests are skipped on a developer's machine and FAIL in
 * CI ({@code CI=true}), where the README's set-up installs it.
 */
final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    /** axe's impacts that fail a page; "moderate" and "minor" are reported by axe but not gated here. */
    private static final Set<String> BLOCKING = Set.of("serious", "critical");

    private final WebDriver driver;
    private final String base;

    private Browser(WebDriver driver, int port) {
        this.driver = driver;
        this.base = "http://127.0.0.1:" + port;
    }

    static Browser on(int port) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            String message = "Chromium and chromedriver are not installed (apt-get install chromium chromium-driver)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail(message + ": in CI the browser tests are mandatory");
            }
            Assumptions.abort(message + "; browser tests skipped outside CI");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // the machine has no network beyond localhost: no background fetches, no first-run pages
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1280,900", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-quic");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        return new Browser(new ChromeDriver(service, options), port);
    }

    /** Opens {@code path} of Aegis and waits until its main content is there. */
    Browser open(String path) {
        driver.get(base + path);
        return waitForMain();
    }

    Browser waitForMain() {
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("main")));
        return this;
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** Types into the form field labelled by {@code id}, replacing what was there. */
    Browser type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
        return this;
    }

    /** Chooses the option {@code value} of the select {@code id}. */
    Browser choose(String id, String value) {
        new Select(driver.findElement(By.id(id))).selectByValue(value);
        return this;
    }

    /** Submits the form that holds the field or button {@code css}, and waits for the next page. */
    Browser submit(String css) {
        WebElement element = find(css);
        element.submit();
        return waitUntilGone(element);
    }

    /** Follows the link or presses the button {@code css}, and waits for the next page. */
    Browser click(String css) {
        WebElement element = find(css);
        element.click();
        return waitUntilGone(element);
    }

    /**
     * Waits until {@code element}'s page has been replaced, then for the next one's main content. While the old page
     * goes, chromedriver reports the element stale or, as often, as a node no longer in the document: both mean gone.
     */
    private Browser waitUntilGone(WebElement element) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(any -> {
            try {
                element.isEnabled();
                return false;
            } catch (WebDriverException gone) {
                return true;
            }
        });
        return waitForMain();
    }

    /** Waits until the text of {@code css} (a part of the page htmx swaps) contains {@code text}. */
    Browser waitForText(String css, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(any -> {
            try {
                return driver.findElements(By.cssSelector(css)).stream().anyMatch(e -> e.getText().contains(text));
            } catch (WebDriverException swapped) {
                return false;
            }
        });
        return this;
    }

    /** Waits until {@code count} elements match {@code css}, as after htmx swapped a part of the page. */
    Browser waitForCount(String css, int count) {
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(any -> driver.findElements(By.cssSelector(css)).size() == count);
        return this;
    }

    String heading() {
        return find("h1").getText();
    }

    String text() {
        return find("main").getText();
    }

    /** The path and query of the page shown. */
    String location() {
        return driver.getCurrentUrl().substring(base.length());
    }

    /** Presses {@code keys} on whatever has the focus, as a person at the keyboard would. */
    Browser press(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
        return this;
    }

    /** Presses {@code keys} and waits for the page they lead to. */
    Browser pressAndWait(CharSequence... keys) {
        WebElement leaving = find("main");
        press(keys);
        return waitUntilGone(leaving);
    }

    /** Waits until the address shows {@code part}: a list that htmx updated in place pushes its new URL. */
    Browser waitForLocation(String part) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains(part));
        return this;
    }

    /** The element that has the keyboard's focus. */
    WebElement focused() {
        return driver.switchTo().activeElement();
    }

    /** The value of a JavaScript expression evaluated in the page. */
    Object evaluate(String expression) {
        return ((JavascriptExecutor) driver).executeScript("return " + expression);
    }

    /** Shows the pages as {@code media} ({@code print} or {@code screen}) would, through Chromium's DevTools. */
    Browser media(String media) {
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", media));
        return this;
    }

    /** A view of the page at {@code width} pixels, as a phone shows it. */
    Browser resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
        return this;
    }

    /** Keeps a picture of the page as target/screenshots/{name}.png. */
    Browser screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** axe-core's WCAG 2.x A and AA rules over the page: no serious or critical violation. */
    Browser assertAccessible() {
        Results results = new AxeBuilder()
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"))
                .analyze(driver);
        List<String> blocking = results.getViolations().stream()
                .filter(rule -> rule.getImpact() != null && BLOCKING.contains(rule.getImpact()))
                .map(rule -> rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                        + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget()))
                        .collect(Collectors.joining(", ")))
                .toList();
        assertThat(blocking).as("axe violations on %s", location()).isEmpty();
        return this;
    }

    /** Forgets every cookie: a new visitor. */
    Browser forgetCookies() {
        driver.manage().deleteAllCookies();
        return this;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
