package io.github.clvss.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clvss.core.Vss;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.account.AccountId;
import io.github.clvss.core.account.Login;
import io.github.clvss.core.journal.JournalQuery;
import io.github.clvss.core.journal.Outcome;
import io.github.clvss.core.shared.PageRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.ActiveProfiles;

/**
 * Boulogne's coordinator turns on a second factor from their own screen in headless Chromium,
 * then signs in in two steps: the password alone leads to the code page, a wrong code is refused
 * there, the code of their authenticator signs them in, a code already used does not, a recovery
 * code does once; an administrator removes the factor on the accounts screen and the password
 * alone works again.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"vss.data-dir=./target/it-data/${random.uuid}", "vaadin.devmode.devTools.enabled=false"})
@ActiveProfiles("demo")
@Import(SecondFactorSignInIT.Time.class)
@org.junit.jupiter.api.extension.ExtendWith(OutputCaptureExtension.class)
class SecondFactorSignInIT {

    private static final Instant START = Instant.parse("2026-11-27T09:00:05Z");

    @TestConfiguration
    static class Time {
        @Bean
        @Primary
        MutableClock secondFactorClock() {
            return new MutableClock(START);
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    Vss vss;

    @Autowired
    MutableClock clock;

    @Test
    void the_code_page_shows_the_sign_in_form_when_no_password_came_first() {
        try (Browser browser = new Browser(port)) {
            browser.open("/login/code");
            browser.waitFor(By.id("vaadinLoginUsername"));
            assertThat(browser.driver().findElements(By.id("vss-code"))).isEmpty();
        }
    }

    @Test
    void a_coordinator_enrols_a_second_factor_and_then_signs_in_with_a_code_after_the_password(CapturedOutput output) {
        AccountId coordination = vss.accounts().idOf(Actor.system(), new Login("coordination")).orElseThrow();
        String secret;
        List<String> recovery;
        try (Browser browser = new Browser(port)) {
            browser.signIn("coordination", "demo-coordination");
            click(browser, browser.waitFor(By.xpath("//a[normalize-space()='Second facteur']")));
            click(browser, browser.waitFor(By.xpath("//vaadin-button[normalize-space()='Activer le second facteur']")));
            secret = browser.waitFor(By.id("vss-totp-secret")).getText().replace(" ", "");
            assertThat(secret).matches("[A-Z2-7]{32}");
            String uri = browser.driver().findElement(By.id("vss-totp-uri")).getText();
            assertThat(uri).startsWith("otpauth://totp/").contains("secret=" + secret);
            WebElement qr = browser.waitFor(By.id("vss-totp-qr"));
            assertThat(qr.getAttribute("alt")).isNotBlank().doesNotContain(secret);
            browser.waiting(Duration.ofSeconds(30)).until(d -> qr.getSize().getWidth() > 100);
            assertThat(decodeQr(qr.getScreenshotAs(org.openqa.selenium.OutputType.BYTES)))
                    .as("what a phone's camera reads from the screen").isEqualTo(uri);
            assertThat(browser.seriousViolations()).isEmpty();
            browser.screenshot("second-factor-enrolment");
            browser.driver().findElement(By.cssSelector("#vss-totp-code input")).sendKeys(Authenticator.code(secret, clock.instant()), org.openqa.selenium.Keys.TAB);
            click(browser, browser.driver().findElement(By.xpath("//vaadin-button[normalize-space()='Confirmer']")));
            recovery = browser.waitFor(By.id("vss-recovery-codes")).findElements(By.tagName("li")).stream()
                    .map(WebElement::getText).toList();
            assertThat(recovery).hasSize(8);
        }
        assertThat(vss.accounts().secondFactor(Actor.system(), coordination).active()).isTrue();

        clock.set(START.plus(Duration.ofSeconds(30)));
        try (Browser browser = new Browser(port)) {
            typePassword(browser, "coordination", "demo-coordination");
            browser.waitFor(By.id("vss-code"));
            assertThat(browser.driver().getCurrentUrl()).endsWith("/login/code");
            browser.open("/");
            browser.waitFor(By.id("vaadinLoginUsername"));
            assertThat(browser.driver().findElements(By.tagName("vaadin-app-layout")))
                    .as("not signed in after the password alone").isEmpty();

            browser.open("/login/code");
            typeCode(browser, "000000");
            browser.waitForText("Code incorrect ou déjà utilisé.");
            browser.screenshot("second-factor-wrong-code");
            String code = Authenticator.code(secret, clock.instant());
            typeCode(browser, code);
            browser.waitFor(By.tagName("vaadin-app-layout"));
        }
        try (Browser replay = new Browser(port)) {
            typePassword(replay, "coordination", "demo-coordination");
            replay.waitFor(By.id("vss-code"));
            typeCode(replay, Authenticator.code(secret, clock.instant()));
            replay.waitForText("Code incorrect ou déjà utilisé.");
            typeCode(replay, recovery.get(2));
            replay.waitFor(By.tagName("vaadin-app-layout"));
        }
        assertThat(vss.accounts().secondFactor(Actor.system(), coordination).recoveryCodesLeft()).isEqualTo(7);
        assertThat(vss.auditTrail().find(Actor.system(), JournalQuery.all().withAction("account.sign-in")
                .withOutcome(Outcome.REFUSED), PageRequest.first(20)))
                .extracting(e -> e.reason().orElseThrow()).containsOnly("account.sign-in.wrong-code").hasSize(2);

        assertThat(output.getAll()).as("the application's log").doesNotContain(secret).doesNotContain(recovery.get(2));

        try (Browser admin = new Browser(port)) {
            admin.signIn("admin", "demo-admin-vss");
            admin.open("/comptes");
            click(admin, admin.waitFor(By.cssSelector("vaadin-button[aria-label='Gérer le compte coordination']")));
            admin.waitForText("Second facteur actif (7 codes de secours restants).");
            click(admin, admin.waitFor(By.xpath("//vaadin-button[normalize-space()='Retirer le second facteur']")));
            admin.waiting(Duration.ofSeconds(30))
                    .until(d -> !vss.accounts().secondFactor(Actor.system(), coordination).active());
        }
        assertThat(vss.auditTrail().find(Actor.system(), JournalQuery.all().withAction("account.second-factor.remove"),
                PageRequest.first(5))).singleElement().satisfies(e -> assertThat(e.actor())
                        .isEqualTo(vss.accounts().idOf(Actor.system(), new Login("admin")).orElseThrow().toString()));
        try (Browser browser = new Browser(port)) {
            browser.signIn("coordination", "demo-coordination");
        }
    }

    private static void typePassword(Browser browser, String login, String password) {
        browser.open("/login");
        browser.waitFor(By.cssSelector("#vaadinLoginUsername input")).sendKeys(login);
        WebElement secret = browser.driver().findElement(By.cssSelector("#vaadinLoginPassword input"));
        secret.sendKeys(password);
        secret.sendKeys(org.openqa.selenium.Keys.ENTER);
    }

    private static void typeCode(Browser browser, String code) {
        WebElement field = browser.waitFor(By.id("vss-code"));
        field.clear();
        field.sendKeys(code);
        String before = browser.driver().getCurrentUrl();
        field.sendKeys(org.openqa.selenium.Keys.ENTER);
        browser.waiting(Duration.ofSeconds(30)).until(d -> !d.getCurrentUrl().equals(before)
                || d.getCurrentUrl().contains("error"));
    }

    /** The text of the QR code in a PNG screenshot, read with ZXing's decoder. */
    private static String decodeQr(byte[] png) {
        try {
            java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png));
            int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
            com.google.zxing.BinaryBitmap bitmap = new com.google.zxing.BinaryBitmap(new com.google.zxing.common.HybridBinarizer(
                    new com.google.zxing.RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
            return new com.google.zxing.qrcode.QRCodeReader().decode(bitmap).getText();
        } catch (java.io.IOException | com.google.zxing.ReaderException e) {
            throw new AssertionError("no QR code could be read from the screen", e);
        }
    }

    private static void click(Browser browser, WebElement element) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", element);
    }
}
