package io.github.clvss.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The referral screens in a real headless Chromium on the demo data: the simulator used with
 * the keyboard alone on the referral engine's three situations, a circuit published in the
 * editor changing the next decision, the printed decision, and axe audits.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"vss.data-dir=./target/it-data/${random.uuid}", "vaadin.devmode.devTools.enabled=false"})
@ActiveProfiles("demo")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReferralJourneyIT {

    private static final String POLICE = "Direction territoriale de la sécurité de proximité des Hauts-de-Seine";

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
    @Order(1)
    void with_the_keyboard_alone_a_doctor_facing_emprise_learns_she_may_report_without_consent() {
        describeWithTheKeyboard("Médecin", true);

        String result = result();
        assertThat(result).contains("Peut signaler au procureur de la République, sans que l’accord de la victime soit nécessaire"
                + " — art. 226-14 3° du code pénal");
        assertThat(result).contains("S’efforcer d’obtenir l’accord de la victime.",
                "À défaut d’accord, informer la victime du signalement.");
        assertThat(result).contains("Doit signaler aux secours (15, 17, 112, 114)").contains("art. 223-6 du code pénal");
        assertThat(result).contains("Ce qu’il faut dire à la victime", "Si vous signalez sans son accord, dites-le-lui");
        assertThat(result).contains("Version des règles : vss ").contains("circuits 1");
        assertThat(browser.seriousViolations()).isEmpty();
        browser.screenshot("simulator-doctor-emprise");
    }

    @Test
    @Order(2)
    void without_emprise_no_report_is_possible_without_her_consent_and_she_is_referred() {
        describeWithTheKeyboard("Médecin", false);

        String result = result();
        assertThat(result).doesNotContain("226-14 3°");
        assertThat(result).contains("Pas sans son accord").contains("art. 226-14 2° du code pénal");
        assertThat(result).contains("3919", "CIDFF des Hauts-de-Seine Sud");
        assertThat(result).contains("Doit signaler aux secours").contains("art. 223-6 du code pénal");
    }

    @Test
    @Order(3)
    void the_same_facts_asked_by_a_social_worker_do_not_offer_226_14_3() {
        describeWithTheKeyboard("Travailleur social", true);

        String result = result();
        assertThat(result).doesNotContain("226-14 3°").doesNotContain("226-14 2°");
        assertThat(result).contains("Doit signaler aux secours");
    }

    @Test
    @Order(4)
    void the_decision_prints_as_a_pdf_with_its_legal_bases() throws IOException {
        describeWithTheKeyboard("Médecin", true);
        WebElement print = browser.waitFor(By.id("simulator-print"));

        HttpResponse<byte[]> pdf = browser.fetch(java.net.URI.create(print.getDomProperty("href")).getRawPath());

        assertThat(pdf.statusCode()).isEqualTo(200);
        Files.write(Path.of("target/screenshots/orientation.pdf"), pdf.body());
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Qui contacter", "art. 226-14 3° du code pénal", "S’efforcer d’obtenir l’accord");
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Orientation d’une situation — Boulogne-Billancourt");
        }
    }

    @Test
    @Order(5)
    void a_circuit_published_in_the_editor_changes_the_next_decision_and_its_version() {
        browser.open("/circuits");
        browser.waitForText("Version publiée : 1.");
        assertThat(browser.seriousViolations()).isEmpty();
        click(By.id("circuits-add"));
        WebElement name = browser.waitFor(By.xpath("//vaadin-text-field[.//label[normalize-space()='Nom']]//input"));
        name.sendKeys("commissariat-danger");
        WebElement target = browser.driver().findElement(By.xpath("//vaadin-combo-box[.//label[normalize-space()='Vers qui']]//input"));
        target.sendKeys("sécurité de proximité");
        pause();
        target.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        choose("Danger immédiat", "Oui");
        choose("Délai", "immédiatement");
        browser.driver().findElement(By.xpath("//vaadin-text-area[.//label[normalize-space()='Pourquoi']]//textarea"))
                .sendKeys("Commissariat de Boulogne : accueil prioritaire (essai)");
        browser.waitForText("S’applique quand : Danger immédiat : Oui");
        browser.waitForText("recouvre le circuit");
        assertThat(browser.seriousViolations()).isEmpty();
        browser.screenshot("circuit-form");
        click(By.id("circuit-keep"));
        browser.waitForText("À publier : ajouté : commissariat-danger");
        browser.screenshot("circuits-draft");
        click(By.id("circuits-publish"));
        browser.waitForText("Version publiée : 2.");
        browser.waitForText("ajouté : commissariat-danger");

        describeWithTheKeyboard("Médecin", true);

        String result = result();
        assertThat(result).contains("circuits 2").contains(POLICE).contains("Commissariat de Boulogne : accueil prioritaire (essai)");
        browser.screenshot("simulator-after-circuit");
    }

    @Test
    @Order(6)
    void the_logigramme_shows_the_published_rule_set_on_screen_and_prints_as_a_pdf() throws IOException {
        browser.open("/logigramme");
        WebElement picture = browser.waitFor(By.cssSelector("#logigramme-picture svg"));

        assertThat(picture.getDomAttribute("role")).isEqualTo("img");
        assertThat(picture.findElement(By.tagName("title")).getDomProperty("textContent")).contains("circuits 2");
        assertThat(browser.seriousViolations()).isEmpty();
        @SuppressWarnings("unchecked")
        List<String> unreadable = (List<String>) ((JavascriptExecutor) browser.driver()).executeScript("""
                const svg = arguments[0], region = svg.parentElement, box = svg.getBoundingClientRect(), out = [];
                if (region.scrollWidth > region.clientWidth + 1) out.push('the drawing scrolls sideways');
                for (const e of svg.querySelectorAll('rect, text, path')) {
                  const r = e.getBoundingClientRect();
                  if (r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1)
                    out.push('outside the drawing: ' + (e.textContent || e.tagName));
                }
                for (const t of svg.querySelectorAll('text')) {
                  const px = parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM().a;
                  if (px < 12) out.push(px + ' px: ' + t.textContent);
                }
                return out;""", picture);
        assertThat(unreadable).isEmpty();
        assertThat(picture.findElements(By.tagName("text"))).hasSizeGreaterThan(100);
        browser.screenshot("logigramme");
        HttpResponse<byte[]> pdf = browser.fetch("/" + browser.driver().findElement(By.id("logigramme-pdf")).getDomAttribute("href"));
        assertThat(pdf.statusCode()).isEqualTo(200);
        Files.write(Path.of("target/screenshots/logigramme.pdf"), pdf.body());
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(document.getDocumentInformation().getTitle()).startsWith("Logigramme").endsWith("Boulogne-Billancourt");
            assertThat(text).contains("circuits 2", POLICE, "art. 226-14 3° du code pénal");
            javax.imageio.ImageIO.write(new org.apache.pdfbox.rendering.PDFRenderer(document).renderImageWithDPI(0, 72),
                    "png", Path.of("target/screenshots/logigramme-pdf-page-1.png").toFile());
        }
        HttpResponse<byte[]> html = browser.fetch("/" + browser.driver().findElement(By.id("logigramme-text")).getDomAttribute("href"));
        assertThat(new String(html.body(), java.nio.charset.StandardCharsets.UTF_8)).contains("La personne est-elle en danger immédiat ?")
                .doesNotContain("Claire Martin").doesNotContain("Camille Lefèvre");
    }

    /** Fills the simulator by pressing keys only: Tab to a field, Space to tick, arrows to choose, Enter to ask. */
    private void describeWithTheKeyboard(String asker, boolean emprise) {
        browser.open("/orientation");
        browser.waitFor(By.id("simulator-decide"));
        tabTo(asker);
        press(Keys.SPACE);
        tabTo("Physiques (coups, blessures)");
        press(Keys.SPACE);
        tabTo("Elle est en danger immédiat");
        press(Keys.SPACE);
        if (emprise) {
            // since loi n° 2020-936, art. 226-14 3° needs her life in danger, not only an immediate danger
            tabTo("Sa vie est en danger immédiat");
            press(Keys.SPACE);
            tabTo("Elle est sous l’emprise de l’auteur");
            press(Keys.SPACE);
        }
        tabTo("Pas encore demandé");
        for (int i = 0; i < 6 && !focused().contains("Elle refuse"); i++) {
            press(Keys.ARROW_UP);
        }
        assertThat(focused()).contains("Elle refuse");
        tabTo("Voir l’orientation");
        press(Keys.ENTER);
        browser.waitFor(By.id("simulator-version"));
        assertThat(focused()).contains("Ce que disent les règles");
    }

    private String result() {
        return browser.driver().findElement(By.cssSelector(".vss-simulator-result")).getText().replaceAll("\\s+", " ");
    }

    private void tabTo(String label) {
        for (int i = 0; i < 120; i++) {
            press(Keys.TAB);
            if (focused().startsWith(label)) {
                return;
            }
        }
        browser.screenshot("failed-tab-" + label.replaceAll("\\W+", "-"));
        throw new AssertionError("Tab never reached “" + label + "”; last focus: " + focused());
    }

    private void press(CharSequence key) {
        new Actions(browser.driver()).sendKeys(key).perform();
    }

    /** The label or text of the element that has the keyboard focus, through shadow roots. */
    private String focused() {
        Object text = ((JavascriptExecutor) browser.driver()).executeScript("""
                let e = document.activeElement;
                while (e && e.shadowRoot && e.shadowRoot.activeElement) { e = e.shadowRoot.activeElement; }
                if (!e) { return ''; }
                const host = e.closest('vaadin-checkbox, vaadin-radio-button, vaadin-button') || e;
                return (host.textContent || '').trim().replace(/\\s+/g, ' ');
                """);
        return String.valueOf(text);
    }

    private void click(By by) {
        browser.waitFor(by).click();
    }

    private void choose(String label, String option) {
        browser.driver().findElement(By.xpath("//vaadin-select[.//label[normalize-space()='" + label + "']]")).click();
        browser.waiting(Duration.ofSeconds(10)).until(d -> {
            List<WebElement> items = d.findElements(By.xpath("//vaadin-select-item[normalize-space()='" + option + "']"))
                    .stream().filter(WebElement::isDisplayed).toList();
            if (items.isEmpty()) {
                return false;
            }
            items.getFirst().click();
            return true;
        });
        pause();
    }

    private static void pause() {
        try {
            Thread.sleep(400);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
