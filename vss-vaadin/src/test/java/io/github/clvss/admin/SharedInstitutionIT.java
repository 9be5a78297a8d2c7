package io.github.clvss.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.clvss.core.Vss;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.institution.Institution;
import io.github.clvss.core.shared.AccessRefusedException;
import io.github.clvss.core.shared.PageRequest;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** In a real headless Chromium: another town's coordinator cannot change Boulogne's institution, and Boulogne sees the attempt. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"vss.data-dir=./target/it-data/${random.uuid}", "vaadin.devmode.devTools.enabled=false"})
@ActiveProfiles("demo")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SharedInstitutionIT {

    private static final String CIDFF = "CIDFF des Hauts-de-Seine Sud";

    @LocalServerPort
    int port;

    @Autowired
    Vss vss;

    private Browser browser;

    @BeforeAll
    void start() {
        browser = new Browser(port);
    }

    @AfterAll
    void stop() {
        browser.close();
    }

    @Test
    void ailleurs_cannot_change_boulognes_institution_and_boulognes_journal_shows_the_attempt() {
        browser.signIn("ailleurs", "demo-ailleurs-vss");
        browser.open("/institutions");
        browser.waitForText(CIDFF);
        browser.waitFor(By.xpath("//vaadin-button[@aria-label='Modifier " + CIDFF + "']")).click();
        browser.waitForText("D’autres territoires utilisent aussi cette institution");
        assertThat(browser.driver().findElements(By.xpath("//vaadin-button[normalize-space()='Enregistrer']")))
                .as("no direct change is offered").isEmpty();
        type(field("Nom de la nouvelle institution"), "Renommé par une autre commune");
        browser.screenshot("institution-proposal-dialog");
        browser.driver().findElement(By.xpath("//vaadin-button[normalize-space()='Proposer la modification']")).click();
        browser.waitForText("Proposition envoyée à l’administrateur de la plateforme et aux territoires qui utilisent l’institution.");
        browser.waitForText("Renommé par une autre commune");
        browser.screenshot("institution-proposals-coordinator");
        assertThat(browser.seriousViolations()).as("/institutions with a proposal").isEmpty();
        assertThat(nameOf(CIDFF)).as("nothing changes before a decision").isEqualTo(CIDFF);
        signOut();
        Institution cidff = vss.institutions().list(Actor.system(), Optional.of(CIDFF), PageRequest.first(5)).getFirst();
        Actor ailleurs = vss.accounts().find(Actor.system(), vss.accounts().idOf(Actor.system(),
                new io.github.clvss.core.account.Login("ailleurs")).orElseThrow()).actor();
        assertThatThrownBy(() -> vss.institutions().correct(ailleurs, cidff.correct("Renommé en direct", cidff.sector(),
                cidff.siret(), cidff.parent()))).as("nor through the service, as an embedding application would")
                .isInstanceOf(AccessRefusedException.class);

        browser.signIn("coordination", "demo-coordination");
        browser.open("/journal");
        // the person filter lists the territory's own accounts: the other town's coordinator is found by the action
        WebElement action = browser.waitFor(By.xpath("//vaadin-combo-box[.//label[normalize-space()='Action']]//input"));
        type(action, "Correction — Institution");
        browser.driver().findElement(By.xpath("//vaadin-button[normalize-space()='Filtrer']")).click();
        browser.waitForText("D’autres territoires utilisent cette institution");
        assertThat(browser.driver().getPageSource()).contains("Coordination d’une autre commune (démo)")
                .contains(cidff.id().toString()).contains("Refusé");
        browser.screenshot("journal-boulogne-refused-change");
        type(action, "Proposition — Institution");
        browser.driver().findElement(By.xpath("//vaadin-button[normalize-space()='Filtrer']")).click();
        browser.waitForText("Effectué");
        assertThat(browser.driver().getPageSource()).contains("Proposition — Institution").contains(cidff.id().toString());
        browser.screenshot("journal-boulogne-shared-institution");
        signOut();
    }

    private String nameOf(String name) {
        return vss.institutions().list(Actor.system(), Optional.of(name), PageRequest.first(5)).stream()
                .map(Institution::name).filter(name::equals).findFirst().orElse("(renamed)");
    }

    private WebElement field(String label) {
        return browser.waitFor(By.xpath("//vaadin-text-field[.//label[normalize-space()='" + label + "']]//input"));
    }

    private static void type(WebElement field, String value) {
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        field.sendKeys(value, Keys.TAB);
    }

    private void signOut() {
        browser.driver().findElement(By.xpath("//vaadin-button[normalize-space()='Se déconnecter']")).click();
        browser.waitFor(By.id("vaadinLoginUsername"));
        browser.driver().manage().deleteAllCookies();
    }
}
