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
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.ActiveProfiles;

/**
 * Thirty wrong passwords typed into the real sign-in page in headless Chromium: refused, then
 * slowed down, then locked; the right password refused while locked; the whole run visible on
 * the journal screen to the platform administrator and to Boulogne's coordinator; the
 * administrator unlocks the account from the accounts screen and the right password works.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"vss.data-dir=./target/it-data/${random.uuid}", "vaadin.devmode.devTools.enabled=false"})
@ActiveProfiles("demo")
@Import(SignInGuessingIT.Time.class)
class SignInGuessingIT {

    private static final Instant START = Instant.parse("2026-11-27T09:00:00Z");

    @TestConfiguration
    static class Time {
        @Bean
        @Primary
        MutableClock signInClock() {
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
    void thirty_wrong_passwords_are_throttled_then_locked_journaled_on_screen_and_an_administrator_unlocks() {
        AccountId observation = vss.accounts().idOf(Actor.system(), new Login("observation")).orElseThrow();
        try (Browser guesser = new Browser(port)) {
            List<String> answers = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                answers.add(tryToSignIn(guesser, "observation", "devine-" + i));
            }
            assertThat(answers.subList(0, 5)).containsOnly("Connexion refusée");
            assertThat(answers.subList(5, 30)).containsOnly("Trop de tentatives");
            assertThat(tryToSignIn(guesser, "observation", "demo-observation")).as("the right password, while locked")
                    .isEqualTo("Trop de tentatives");
            guesser.screenshot("sign-in-too-many-attempts");
            assertThat(vss.auditTrail().count(Actor.system(), JournalQuery.all().withPerson(observation.toString())
                    .withOutcome(Outcome.REFUSED))).isEqualTo(31);
            assertThat(vss.accounts().lockedUntil(Actor.system(), observation)).contains(START.plus(Duration.ofMinutes(15)));

            // the waits of the address (all attempts came from this machine) are over, its lockout was not reached
            clock.set(START.plus(Duration.ofMinutes(2)));
            try (Browser coordinator = new Browser(port)) {
                coordinator.signIn("coordination", "demo-coordination");
                coordinator.open("/journal");
                coordinator.waitForText("Connexion bloquée après trop d’échecs : refusée sans vérifier le mot de passe.");
                assertThat(coordinator.driver().getPageSource()).doesNotContain("devine-");
                coordinator.screenshot("journal-sign-ins-coordinator");
                coordinator.waitFor(By.xpath("//vaadin-combo-box[.//label[normalize-space()='Action']]//input"))
                        .sendKeys("Blocage de la connexion", org.openqa.selenium.Keys.TAB);
                coordinator.driver().findElement(By.xpath("//vaadin-button[normalize-space()='Filtrer']")).click();
                coordinator.waitForText("Blocage de la connexion");
            }
            try (Browser admin = new Browser(port)) {
                admin.signIn("admin", "demo-admin-vss");
                admin.open("/journal");
                admin.waitForText("Connexion bloquée après trop d’échecs : refusée sans vérifier le mot de passe.");
                admin.open("/comptes");
                click(admin, admin.waitFor(By.cssSelector("vaadin-button[aria-label='Gérer le compte observation']")));
                click(admin, admin.waitFor(By.xpath("//vaadin-button[normalize-space()='Débloquer la connexion']")));
                admin.waiting(Duration.ofSeconds(30))
                        .until(d -> vss.accounts().lockedUntil(Actor.system(), observation).isEmpty());
            }
            guesser.signIn("observation", "demo-observation");
        }
        assertThat(vss.auditTrail().find(Actor.system(), JournalQuery.all().withAction("account.unlock"), PageRequest.first(5)))
                .singleElement().satisfies(unlock -> assertThat(unlock.actor()).isEqualTo(
                        vss.accounts().idOf(Actor.system(), new Login("admin")).orElseThrow().toString()));
    }

    private static void click(Browser browser, WebElement element) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", element);
    }

    /** Types a login and password into the sign-in page; returns the title of the refusal shown. */
    private static String tryToSignIn(Browser browser, String login, String password) {
        browser.open("/login");
        browser.waitFor(By.cssSelector("#vaadinLoginUsername input")).sendKeys(login);
        WebElement secret = browser.driver().findElement(By.cssSelector("#vaadinLoginPassword input"));
        secret.sendKeys(password);
        secret.sendKeys(org.openqa.selenium.Keys.ENTER);
        browser.waiting(Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().contains("error")
                && Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                        "const f = document.querySelector('vaadin-login-form'); return !!f && f.error === true;")));
        return String.valueOf(((JavascriptExecutor) browser.driver()).executeScript(
                "return document.querySelector('vaadin-login-form').i18n.errorMessage.title;"));
    }
}
