package io.github.clvss.admin;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's chromium and chromedriver) driven through Selenium, with
 * what the journeys need: sign in, wait for Vaadin, audit with axe-core, fetch as the
 * signed-in person, take screenshots into {@code target/screenshots}.
 */
final class Browser implements AutoCloseable {

    private final WebDriver driver;
    private final String base;

    Browser(int port) {
        this(port, 1280, 900);
    }

    Browser(int port, int width, int height) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("vss.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=" + width + "," + height, "--lang=fr-FR");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new java.io.File(System.getProperty("vss.chromedriver", "/usr/bin/chromedriver")))
                .usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        this.base = "http://localhost:" + port;
    }

    WebDriver driver() {
        return driver;
    }

    String base() {
        return base;
    }

    void open(String path) {
        driver.get(base + path);
    }

    void signIn(String login, String password) {
        open("/login");
        WebElement username = waitFor(By.cssSelector("#vaadinLoginUsername input"));
        username.sendKeys(login);
        WebElement secret = driver.findElement(By.cssSelector("#vaadinLoginPassword input"));
        secret.sendKeys(password);
        secret.sendKeys(org.openqa.selenium.Keys.ENTER);
        try {
            waitFor(By.tagName("vaadin-app-layout"));
        } catch (org.openqa.selenium.TimeoutException e) {
            screenshot("failed-sign-in-" + login);
            throw e;
        }
    }

    /**
     * A wait that tries again when Vaadin re-rendered the element it was reading: a journey
     * waits for what the person sees, not for one DOM node to survive.
     */
    FluentWait<WebDriver> waiting(Duration timeout) {
        return new WebDriverWait(driver, timeout).ignoring(StaleElementReferenceException.class);
    }

    WebElement waitFor(By by) {
        return waiting(Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(by));
    }

    void waitForText(String text) {
        try {
            waiting(Duration.ofSeconds(30)).until(d -> d.getPageSource().contains(text));
        } catch (org.openqa.selenium.TimeoutException e) {
            screenshot("failed-wait");
            throw e;
        }
    }

    /**
     * The serious and critical accessibility violations axe-core finds on the current page, once
     * its transitions have ended: a notification fading in or out is half transparent, and axe
     * would measure the contrast of a frame nobody reads.
     */
    List<String> seriousViolations() {
        waiting(Duration.ofSeconds(10)).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return document.getAnimations().every(a => a.playState !== 'running'"
                        + " || a.effect === null || a.effect.getComputedTiming().iterations === Infinity)")));
        Results results = new AxeBuilder().analyze(driver);
        return results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .map(Browser::describe)
                .toList();
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getNodes().stream()
                .map(node -> String.valueOf(node.getTarget())).limit(3).toList();
    }

    /** GETs a path with the browser's session, as the signed-in person. */
    HttpResponse<byte[]> fetch(String path) {
        Cookie session = driver.manage().getCookieNamed("JSESSIONID");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
        if (session != null) {
            request.header("Cookie", "JSESSIONID=" + session.getValue());
        }
        try (HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()) {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** What the page wrote to the browser's console since the last call (errors, CSP reports…). */
    List<String> consoleMessages() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage).toList();
    }

    /** Whether the page shows the sign-in form. */
    boolean showsSignIn() {
        return !driver.findElements(By.id("vaadinLoginUsername")).isEmpty();
    }

    void screenshot(String name) {
        try {
            Path target = Path.of("target", "screenshots", name + ".png");
            Files.createDirectories(target.getParent());
            Files.write(target, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
