package io.github.clvss.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The follow-up screens — actions, meetings, indicators — in a real headless Chromium on the
 * demo data, as the coordinator: each shows the demo's first year and passes an axe audit,
 * and the links they give lead to the documents.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"vss.data-dir=./target/it-data/${random.uuid}", "vaadin.devmode.devTools.enabled=false"})
@ActiveProfiles("demo")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FollowUpScreensIT {

    @LocalServerPort
    int port;

    private Browser browser;

    @BeforeAll
    void start() {
        browser = new Browser(port);
        browser.signIn("coordination", "demo-coordination");
    }

    @AfterAll
    void stop() {
        browser.close();
    }

    @Test
    void the_actions_screen_marks_late_actions_and_passes_an_accessibility_audit() {
        browser.open("/actions");
        browser.waitFor(By.id("actions-add"));
        browser.waitForText("Formaliser le circuit d’accueil des victimes aux urgences de l’hôpital");
        browser.waitForText("En retard");
        assertThat(browser.seriousViolations()).isEmpty();
        browser.screenshot("actions");
    }

    @Test
    void the_meetings_screen_answers_whether_all_signatories_were_there_and_passes_an_accessibility_audit() {
        browser.open("/reunions");
        browser.waitFor(By.id("meetings-add"));
        browser.waitForText("Comité de pilotage 2024");
        assertThat(browser.seriousViolations()).isEmpty();
        browser.driver().findElement(By.cssSelector("vaadin-button[aria-label='Ouvrir la réunion Comité de pilotage 2024']"))
                .click();
        String href = browser.waitFor(By.id("meeting-invitation-ics")).getAttribute("href");
        assertThat(browser.seriousViolations()).isEmpty();
        browser.screenshot("meeting");
        HttpResponse<byte[]> ics = browser.fetch(href.substring(href.indexOf("/documents/")));
        assertThat(ics.statusCode()).isEqualTo(200);
        assertThat(new String(ics.body(), java.nio.charset.StandardCharsets.UTF_8)).contains("BEGIN:VCALENDAR")
                .contains("Comité de pilotage 2024");
    }

    @Test
    void the_indicators_screen_links_to_the_diagnostic_and_passes_an_accessibility_audit() {
        browser.open("/indicateurs");
        browser.waitFor(By.id("indicators-define"));
        browser.waitForText("Faits de violences sexistes et sexuelles enregistrés");
        assertThat(browser.seriousViolations()).isEmpty();
        browser.screenshot("indicators");
        String pdf = browser.driver().findElements(By.tagName("a")).stream().map(a -> a.getAttribute("href"))
                .filter(h -> h != null && h.contains("/diagnostic-") && h.contains(".pdf")).findFirst().orElseThrow();
        HttpResponse<byte[]> document = browser.fetch(pdf.substring(pdf.indexOf("/documents/")));
        assertThat(document.statusCode()).isEqualTo(200);
        assertThat(new String(document.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }
}
