package io.github.clvss.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clvss.core.Vss;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.contractfile.DeliberationFiles;
import io.github.clvss.core.deliberation.Deliberation;
import io.github.clvss.core.deliberation.Proxy;
import io.github.clvss.core.journal.JournalQuery;
import io.github.clvss.core.shared.PageRequest;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
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
import org.openqa.selenium.Keys;
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
 * The contract's life through the admin app in headless Chromium, on the demo data, with a clock
 * the journey sets: the seed's deliberation typed in by hand (no error; one fact changed at a
 * time gives the finding with its article), the contract approved by the deliberation the demo
 * file carries, signed by each signatory, in force from its start date; the signature sheet and
 * the SCDL export.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"vss.data-dir=./target/it-data/${random.uuid}", "vaadin.devmode.devTools.enabled=false"})
@ActiveProfiles("demo")
@Import(ContractJourneyIT.Time.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ContractJourneyIT {

    private static final String BOULOGNE_CONTRACT = "018875f8-8001-7b4c-a55a-75eb92c7ad98";

    /** Ten days after the council's session of 1 June 2023. */
    private static final Instant JUNE_2023 = Instant.parse("2023-06-11T08:00:00Z");

    /**
     * The day before the council's session: the demo data starts on it, so the contract is
     * still a draft (on a later day, the demo records its approval and signatures itself).
     */
    private static final Instant BEFORE_THE_SESSION = Instant.parse("2023-05-31T08:00:00Z");

    @TestConfiguration
    static class Time {
        @Bean
        @Primary
        MutableClock journeyClock() {
            return new MutableClock(BEFORE_THE_SESSION);
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    @Autowired
    Vss vss;

    private Browser browser;
    private final Deliberation seed = DeliberationFiles.read(DeliberationFiles.demoFile()).orElseThrow();

    @BeforeAll
    void start() {
        clock.set(JUNE_2023);
        browser = new Browser(port, 1400, 1000);
        browser.signIn("coordination", "demo-coordination");
    }

    @AfterAll
    void stop() {
        browser.close();
    }

    @Test
    @Order(1)
    void the_seeds_deliberation_typed_in_by_hand_has_no_error_and_each_changed_fact_names_its_article() {
        browser.open("/deliberation");
        browser.waitFor(By.id("deliberation-save"));
        type(textField("Objet"), seed.object());
        type(date("Date de la séance"), "01/06/2023");
        type(input("vaadin-time-picker", "Heure"), "18:00");
        type(textField("Lieu"), seed.session().place().orElseThrow());
        WebElement members = browser.driver().findElement(By.xpath(
                "//vaadin-text-area[.//label[normalize-space()='Membres en exercice']]"));
        // the form offers the council list of the last deliberation; type it anew, as for a first act
        reach(members);
        new org.openqa.selenium.interactions.Actions(browser.driver()).keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL)
                .sendKeys(Keys.BACK_SPACE).sendKeys(String.join("\n", seed.membersInOffice())).sendKeys(Keys.TAB).perform();
        pause();
        pick(input("vaadin-combo-box", "Président de séance"), seed.session().president().orElseThrow());
        type(date("Date de la convocation"), "26/05/2023");
        click("deliberation-all-present");
        for (int i = 0; i < seed.proxies().size(); i++) {
            click("deliberation-add-proxy");
            pick(nth("A donné pouvoir", i), seed.proxies().get(i).giver());
            pick(nth("À", i), seed.proxies().get(i).holder());
        }
        pick(input("vaadin-combo-box", "Secrétaire de séance"), seed.secretary().orElseThrow());
        pick(input("vaadin-combo-box", "Rapporteur"), seed.rapporteur().orElseThrow());
        click("deliberation-all-for");
        type(date("Transmise en préfecture le"), "06/06/2023");
        type(textField("Identifiant @ctes"), seed.transmission().actesIdText().orElseThrow());

        waitForCounts("Présents : 49 · Représentés : 6 · Absents : 0 · En exercice : 55");
        waitForFindings("0 erreur(s)");
        assertThat(browser.seriousViolations()).isEmpty();
        browser.screenshot("deliberation-seed");

        type(date("Date de la convocation"), "29/05/2023");
        waitForFindings("1 erreur(s)");
        assertThat(findings()).contains("(CGCT L2121-12)");
        type(date("Date de la convocation"), "26/05/2023");
        waitForFindings("0 erreur(s)");

        type(textField("Identifiant @ctes"), "092-219200128-20230602-136597-DE-1-1");
        waitForFindings("1 erreur(s)");
        assertThat(findings()).contains("L2131-1");
        type(textField("Identifiant @ctes"), seed.transmission().actesIdText().orElseThrow());
        waitForFindings("0 erreur(s)");

        Proxy first = seed.proxies().getFirst();
        Proxy second = seed.proxies().get(1);
        pick(holderOf(1), first.holder());
        waitForFindings("L2121-20");
        assertThat(findings()).contains(first.holder());
        browser.screenshot("deliberation-two-proxies");
        pick(holderOf(1), second.holder());
        waitForFindings("0 erreur(s)");

        // the act is already in the register: the demo contract file carries it
        click("deliberation-save");
        browser.waitForText("Une autre délibération porte déjà l’identifiant @ctes " + seed.transmission().actesIdText().orElseThrow());
        assertThat(textField("Objet").getDomProperty("value")).isEqualTo(seed.object());
    }

    @Test
    @Order(2)
    void the_contract_is_approved_signed_by_each_signatory_and_in_force_from_its_start_date() throws IOException {
        browser.open("/contrats/" + BOULOGNE_CONTRACT);
        assertThat(status()).isEqualTo("Brouillon");
        browser.waitForText("Préambule");
        assertThat(browser.seriousViolations()).isEmpty();
        click("contract-dates");
        type(browser.waitFor(By.cssSelector("#contract-start input")), "01/07/2023");
        type(browser.driver().findElement(By.cssSelector("#contract-end input")), "30/06/2026");
        click("contract-dates-ok");
        browser.waitForText("Du 1 juillet 2023 au 30 juin 2026");

        click("contract-approve");
        WebElement deliberation = browser.waitFor(By.cssSelector("#approve-deliberation input"));
        deliberation.sendKeys("1 juin 2023");
        pause();
        deliberation.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        click("approve-ok");
        waitForStatus("Approuvé");

        List<WebElement> buttons = signButtons();
        assertThat(buttons).hasSize(8);
        for (int signed = 0; signed < 8; signed++) {
            reach(signButtons().getFirst());
            click("sign-ok");
            browser.waitForText((signed + 1) + " signature(s) sur 8");
        }
        waitForStatus("Signé");
        browser.screenshot("contract-signed");

        clock.set(Instant.parse("2023-07-01T08:00:00Z"));
        browser.open("/contrats/" + BOULOGNE_CONTRACT);
        waitForStatus("En vigueur");
        assertThat(browser.driver().findElements(By.id("contract-approve"))).isEmpty();
        browser.screenshot("contract-in-force");

        assertThat(vss.auditTrail().find(Actor.system(), JournalQuery.all().withAction("contract.sign"), PageRequest.first(20)))
                .hasSize(8);
        assertThat(vss.auditTrail().find(Actor.system(), JournalQuery.all().withAction("contract.approve"), PageRequest.first(5)))
                .hasSize(1);

        HttpResponse<byte[]> sheet = browser.fetch("/" + browser.driver().findElement(By.id("signature-sheet"))
                .getDomAttribute("href"));
        assertThat(sheet.statusCode()).isEqualTo(200);
        Files.write(Path.of("target/screenshots/signatures.pdf"), sheet.body());
        try (PDDocument pdf = Loader.loadPDF(sheet.body())) {
            assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " "))
                    .contains("Centre hospitalier Ambroise-Paré", "M. Pierre-Christophe BAGUET", "M. Laurent HOTTIAUX");
        }
    }

    @Test
    @Order(3)
    void the_scdl_export_has_exactly_the_schemas_columns_in_order() throws IOException {
        browser.open("/deliberations");
        WebElement link = browser.waitFor(By.id("deliberations-scdl"));
        assertThat(browser.seriousViolations()).isEmpty();

        HttpResponse<byte[]> csv = browser.fetch("/" + link.getDomAttribute("href"));

        assertThat(csv.statusCode()).isEqualTo(200);
        try (CSVParser parser = CSVParser.parse(new StringReader(new String(csv.body(), StandardCharsets.UTF_8)),
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            assertThat(parser.getHeaderNames()).containsExactly("COLL_NOM", "COLL_SIRET", "DELIB_ID", "DELIB_DATE",
                    "DELIB_MATIERE_CODE", "DELIB_MATIERE_NOM", "DELIB_OBJET", "BUDGET_ANNEE", "BUDGET_NOM", "PREF_ID", "PREF_DATE",
                    "VOTE_EFFECTIF", "VOTE_REEL", "VOTE_POUR", "VOTE_CONTRE", "VOTE_ABSTENTION", "DELIB_URL");
            var rows = parser.getRecords();
            assertThat(rows).anySatisfy(row -> {
                assertThat(row.get("DELIB_DATE")).isEqualTo("2023-06-01");
                assertThat(row.get("VOTE_POUR")).isEqualTo("55");
                assertThat(row.get("DELIB_ID")).isEqualTo("136597");
            });
        }
    }

    private String status() {
        return browser.waitFor(By.id("contract-status")).getText();
    }

    private void waitForStatus(String expected) {
        browser.waiting(Duration.ofSeconds(20)).until(d -> expected.equals(status()));
    }

    private List<WebElement> signButtons() {
        return browser.driver().findElements(By.xpath("//vaadin-button[normalize-space()='Enregistrer la signature']"));
    }

    private void click(String id) {
        reach(browser.waitFor(By.id(id)));
    }

    private WebElement textField(String label) {
        return input("vaadin-text-field", label);
    }

    private WebElement date(String label) {
        return input("vaadin-date-picker", label);
    }

    private WebElement input(String component, String label) {
        return browser.waitFor(By.xpath("//" + component + "[.//label[normalize-space()='" + label + "']]//input"));
    }

    /** The combo box of that label in the {@code row}-th proxy row, once the row is there. */
    private WebElement nth(String label, int row) {
        By by = By.xpath("//vaadin-combo-box[.//label[normalize-space()='" + label + "']]//input");
        browser.waiting(Duration.ofSeconds(10)).until(d -> d.findElements(by).size() > row);
        return browser.driver().findElements(by).get(row);
    }

    private WebElement holderOf(int row) {
        return nth("À", row);
    }

    /** Types a value in a field, replacing what it held, and leaves it so that it is taken. */
    private void type(WebElement field, String value) {
        reach(field);
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        field.sendKeys(value);
        // Enter commits a date or an hour and closes its overlay
        field.sendKeys(Keys.ENTER, Keys.TAB);
        pause();
    }

    /** Chooses a name in a combo box by typing it. */
    private void pick(WebElement combo, String value) {
        reach(combo);
        combo.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        combo.sendKeys(value);
        pause();
        combo.sendKeys(Keys.ENTER, Keys.TAB);
        pause();
    }

    /** Scrolls to a field and clicks into it, as a person would before typing. */
    private void reach(WebElement field) {
        // the app layout scrolls its content: a field above the fold counts as hidden until scrolled to
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "arguments[0].scrollIntoView({block: 'center'})", field);
        try {
            browser.waiting(Duration.ofSeconds(10)).until(d -> field.isDisplayed() && field.isEnabled());
        } catch (org.openqa.selenium.TimeoutException e) {
            browser.screenshot("failed-reach");
            throw e;
        }
        field.click();
    }

    private void waitForCounts(String expected) {
        try {
            browser.waiting(Duration.ofSeconds(20))
                    .until(d -> d.findElement(By.id("deliberation-counts")).getDomProperty("textContent").equals(expected));
        } catch (org.openqa.selenium.TimeoutException e) {
            browser.screenshot("failed-counts");
            throw new AssertionError("counts: " + browser.driver().findElement(By.id("deliberation-counts")).getDomProperty("textContent")
                    + " findings: " + findings(), e);
        }
    }

    private void waitForFindings(String expected) {
        try {
            browser.waiting(Duration.ofSeconds(20)).until(d -> findings().contains(expected));
        } catch (org.openqa.selenium.TimeoutException e) {
            browser.screenshot("failed-findings");
            throw new AssertionError("findings never said “" + expected + "”: " + findings(), e);
        }
    }

    private String findings() {
        return browser.driver().findElement(By.id("deliberation-findings")).getDomProperty("textContent")
                .replaceAll("\\s+", " ");
    }

    private static void pause() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
