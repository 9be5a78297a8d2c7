package io.github.clvss.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clvss.core.Vss;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.contract.Commitment;
import io.github.clvss.core.contract.Contract;
import io.github.clvss.core.contract.ContractText;
import io.github.clvss.core.shared.PageRequest;
import io.github.clvss.core.territory.InseeCode;
import io.github.clvss.core.territory.Territory;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
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
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
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
 * A second town set up from the screens alone, in headless Chromium: the platform administrator
 * creates Vézelay (Yonne, INSEE 89446, a commune of a few hundred inhabitants) and its
 * coordinator; the coordinator signs in, starts the contract from the CLVSS model and rewrites
 * it, records the council's deliberation and the approval, adds two partners and a référent,
 * prints the document unique; then records an amendment from the contract page, whose status
 * line and text history show it, compared side by side with the version before. Every new screen
 * passes axe; screenshots at 1280 and 375 px.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"vss.data-dir=./target/it-data/${random.uuid}", "vaadin.devmode.devTools.enabled=false"})
@ActiveProfiles("demo")
@Import(TownSetupJourneyIT.Time.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TownSetupJourneyIT {

    private static final String PASSWORD = "vezelay-coordination-2026";
    private static final String REWORDED = "Une rencontre, au moins une fois par an, de toutes les institutions signataires, "
            + "à la mairie de Vézelay.";
    private static final String ADDED = "Une affiche des numéros d’aide dans chaque lieu public de la commune.";
    private static final String AMENDED = "La création d’un document unique, mis à jour chaque trimestre.";
    private static final List<String> COUNCIL = List.of("Anne ARNAUD", "Bruno BERNARD", "Claire CHEVALIER", "David DURAND",
            "Emma ETIENNE", "François FOURNIER", "Gaëlle GIRAUD", "Hugo HENRY", "Inès IMBERT", "Julien JOLY", "Karine KLEIN");

    @TestConfiguration
    static class Time {
        @Bean
        @Primary
        MutableClock journeyClock() {
            return new MutableClock(Instant.parse("2026-02-16T09:00:00Z"));
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    @Autowired
    Vss vss;

    private Browser admin;
    private Browser coordinator;

    @BeforeAll
    void start() {
        admin = new Browser(port, 1280, 900);
        coordinator = new Browser(port, 1280, 900);
    }

    @AfterAll
    void stop() {
        admin.close();
        coordinator.close();
    }

    @Test
    @Order(1)
    void the_administrator_creates_a_small_town_and_its_coordinator_the_insee_code_filling_what_vss_knows() {
        admin.signIn("admin", "demo-admin-vss");
        admin.open("/territoires");
        click(admin, "territory-create");
        WebElement insee = field(admin, "territory-insee");
        type(admin, insee, "89446");
        admin.waiting(Duration.ofSeconds(10))
                .until(d -> "89".equals(field(admin, "territory-department").getDomProperty("value")));
        assertThat(field(admin, "territory-siren").getDomProperty("value")).startsWith("21890446");
        type(admin, field(admin, "territory-name"), "Vézelay");
        type(admin, field(admin, "territory-population"), "410");
        type(admin, field(admin, "territory-population-year"), "2021");
        type(admin, field(admin, "coordinator-login"), "coordination.vezelay");
        type(admin, field(admin, "coordinator-name"), "Coordination CLSPD de Vézelay");
        type(admin, field(admin, "coordinator-password"), PASSWORD);
        assertThat(admin.seriousViolations()).isEmpty();
        both(admin, "town-new-form");

        click(admin, "territory-save");
        admin.waitForText("La commune Vézelay est créée");
        admin.waitForText("89446");
        assertThat(admin.seriousViolations()).isEmpty();
        both(admin, "town-territories");

        Territory vezelay = vss.territories().findByInseeCode(Actor.system(), new InseeCode("89446")).orElseThrow();
        assertThat(vezelay.facts().population()).hasValueSatisfying(p -> assertThat(p.inhabitants()).isEqualTo(410));
    }

    @Test
    @Order(2)
    void the_coordinator_signs_in_and_writes_the_contract_from_the_model() {
        coordinator.signIn("coordination.vezelay", PASSWORD);
        coordinator.waitForText("Contrat local — Vézelay");
        click(coordinator, "contract-new");
        coordinator.waitFor(By.id("new-contract-save"));
        assertThat(coordinator.seriousViolations()).isEmpty();
        both(coordinator, "town-new-contract");
        click(coordinator, "new-contract-save");

        coordinator.waitFor(By.id("text-save"));
        coordinator.waiting(Duration.ofSeconds(10)).until(d ->
                area(coordinator, "text-preamble").getDomProperty("value").contains("La commune de Vézelay se saisit"));
        assertThat(coordinator.seriousViolations()).isEmpty();
        both(coordinator, "town-text-editor");
        type(coordinator, area(coordinator, "commitment-1.1"), REWORDED);
        click(coordinator, "text-add-commitment-2");
        type(coordinator, area(coordinator, "commitment-3.2"), ADDED);
        reach(coordinator, coordinator.waitFor(By.cssSelector("vaadin-button[aria-label='Monter : Engagement 3.2']")));
        coordinator.waitFor(By.id("commitment-3.2"));
        click(coordinator, "text-save");
        coordinator.waitForText("Le texte est enregistré.");

        ContractText text = vss.contractLifecycle().text(Actor.system(), contract().id());
        assertThat(text.commitment("1.1")).hasValueSatisfying(c -> assertThat(c.text()).isEqualTo(REWORDED));
        assertThat(text.axes().get(2).commitments()).extracting(Commitment::id).containsExactly("3.2", "3.1");
        assertThat(text.commitments()).extracting(Commitment::id).contains("1.2", "2.1", "obj-3");
    }

    @Test
    @Order(3)
    void the_coordinator_records_the_councils_deliberation_the_contracts_dates_and_its_approval() {
        recordDeliberation("Contrat local sur les violences sexistes et sexuelles", "12/02/2026", "06/02/2026", true);

        coordinator.open("/contrats/" + contract().id());
        assertThat(status()).isEqualTo("Brouillon");
        click(coordinator, "contract-dates");
        type(coordinator, coordinator.waitFor(By.cssSelector("#contract-start input")), "01/03/2026");
        type(coordinator, coordinator.driver().findElement(By.cssSelector("#contract-end input")), "28/02/2029");
        click(coordinator, "contract-dates-ok");
        coordinator.waitForText("Du 1 mars 2026 au 28 février 2029");
        click(coordinator, "contract-approve");
        WebElement deliberation = coordinator.waitFor(By.cssSelector("#approve-deliberation input"));
        deliberation.sendKeys("12 février 2026");
        pause();
        deliberation.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        click(coordinator, "approve-ok");
        waitForStatus("Approuvé");
        both(coordinator, "town-contract-approved");
    }

    @Test
    @Order(4)
    void the_coordinator_adds_two_partners_and_a_referent_and_prints_the_document_unique() throws IOException {
        coordinator.open("/partenaires");
        addPartner("Gendarmerie — communauté de brigades d’Avallon (démo)", "Sécurité");
        addPartner("France Victimes 89 (démo)", "Associatif");
        coordinator.waitForText("France Victimes 89 (démo)");
        assertThat(vss.contractLifecycle().signatories(Actor.system(), contract().id())).hasSize(2);

        List<WebElement> open = coordinator.driver().findElements(By.xpath("//vaadin-button[normalize-space()='Ouvrir']"));
        assertThat(open).hasSize(2);
        reach(coordinator, open.getFirst());
        reach(coordinator, coordinator.waitFor(By.xpath("//vaadin-button[normalize-space()='Ajouter un référent']")));
        type(coordinator, last(coordinator, "vaadin-text-field", "Nom"), "Lucie Moreau (démo)");
        type(coordinator, last(coordinator, "vaadin-text-field", "Fonction"), "Référente violences intrafamiliales");
        type(coordinator, last(coordinator, "vaadin-text-field", "Courriel professionnel"), "lucie.moreau@example.org");
        List<WebElement> saves = coordinator.driver().findElements(By.xpath("//vaadin-button[normalize-space()='Enregistrer']"));
        reach(coordinator, saves.getLast());
        coordinator.waitForText("Lucie Moreau (démo)");
        coordinator.driver().findElement(By.tagName("body")).sendKeys(Keys.ESCAPE);
        pause();
        coordinator.open("/partenaires");
        reach(coordinator, coordinator.waitFor(By.xpath("//vaadin-button[normalize-space()='Générer le document unique']")));
        WebElement link = coordinator.waitFor(By.xpath("//a[normalize-space()='Télécharger (PDF)']"));
        both(coordinator, "town-partners");

        HttpResponse<byte[]> pdf = coordinator.fetch("/" + link.getDomAttribute("href"));
        assertThat(pdf.statusCode()).isEqualTo(200);
        Files.createDirectories(Path.of("target/screenshots"));
        Files.write(Path.of("target/screenshots/town-document-unique.pdf"), pdf.body());
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Document unique — Vézelay");
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " "))
                    .contains("Vézelay", REWORDED, "Lucie Moreau (démo)", "France Victimes 89 (démo)");
        }
    }

    @Test
    @Order(5)
    void an_amendment_recorded_from_the_contract_page_shows_in_the_status_and_the_text_history() {
        clock.set(Instant.parse("2026-03-20T09:00:00Z"));
        recordDeliberation("Avenant n° 1 au contrat local sur les violences sexistes et sexuelles", "12/03/2026",
                "06/03/2026", false);

        coordinator.open("/contrats/" + contract().id());
        waitForStatus("Approuvé");
        for (int signed = 0; signed < 2; signed++) {
            reach(coordinator, coordinator.waitFor(By.xpath("//vaadin-button[normalize-space()='Enregistrer la signature']")));
            click(coordinator, "sign-ok");
            coordinator.waitForText((signed + 1) + " signature(s) sur 2");
        }
        waitForStatus("En vigueur");
        click(coordinator, "contract-amend");
        coordinator.waitFor(By.id("amendment-save"));
        assertThat(coordinator.seriousViolations()).isEmpty();
        both(coordinator, "town-amendment");
        type(coordinator, area(coordinator, "commitment-2.1"), AMENDED);
        WebElement deliberation = coordinator.waitFor(By.cssSelector("#amendment-deliberation input"));
        reach(coordinator, deliberation);
        deliberation.sendKeys("12 mars 2026");
        pause();
        deliberation.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        pause();
        click(coordinator, "amendment-save");

        coordinator.waitFor(By.id("text-comparison"));
        coordinator.waitForText("Version 2 (approuvée le 12 mars 2026)");
        String row = coordinator.driver().findElement(By.xpath("//table[@id='text-comparison']//tr[th[contains(., 'Engagement 2.1')]]"))
                .getText();
        both(coordinator, "town-comparison");
        assertThat(row).contains("Modifié", AMENDED, "La création d’un document unique rassemblant");
        assertThat(coordinator.driver().findElement(By.id("compare-summary")).getDomProperty("textContent"))
                .startsWith("1 partie(s)");
        assertThat(coordinator.seriousViolations()).isEmpty();

        coordinator.open("/contrats/" + contract().id());
        waitForStatus("En vigueur");
        assertThat(coordinator.waitFor(By.id("contract-text-version")).getText())
                .contains("version 2", "1 avenant(s)", "12 mars 2026");
        assertThat(coordinator.driver().findElement(By.id("contract-acts")).getText())
                .contains("avenant approuvé par la délibération du 12 mars 2026");
        coordinator.waitForText("Version 2, approuvée le 12 mars 2026");
        assertThat(vss.contractLifecycle().textHistory(Actor.system(), contract().id())).hasSize(2);
        both(coordinator, "town-contract-amended");
    }

    @Test
    @Order(6)
    void a_renewal_recorded_from_the_contract_page_starts_a_draft_from_the_amended_text_for_the_council_to_approve() {
        Contract amended = contract();
        coordinator.open("/contrats/" + amended.id());
        waitForStatus("En vigueur");
        reach(coordinator, coordinator.waitFor(By.xpath("//vaadin-button[normalize-space()='Renouveler']")));

        coordinator.waitForText("Un nouveau contrat a été créé en brouillon, lié à celui-ci.");
        waitForStatus("Brouillon");
        Contract renewal = contract();
        assertThat(renewal.id()).isNotEqualTo(amended.id());
        assertThat(coordinator.driver().getCurrentUrl()).endsWith("/contrats/" + renewal.id());
        // its deliberation is recorded as the first contract's was: "Enregistrer l'approbation"
        assertThat(coordinator.waitFor(By.id("contract-approve")).isDisplayed()).isTrue();
        assertThat(vss.contractLifecycle().text(Actor.system(), renewal.id()).commitment("2.1"))
                .hasValueSatisfying(c -> assertThat(c.text()).isEqualTo(AMENDED));
        assertThat(coordinator.seriousViolations()).isEmpty();
        both(coordinator, "town-renewal");

        coordinator.open("/contrats/" + amended.id());
        coordinator.waiting(Duration.ofSeconds(20)).until(d -> d.findElement(By.id("contract-acts")).getText()
                .contains("renouvelé par un nouveau contrat"));
        assertThat(coordinator.driver().findElements(By.xpath("//vaadin-button[normalize-space()='Renouveler']")))
                .as("renewed once").isEmpty();
    }

    private Contract contract() {
        Territory vezelay = vss.territories().findByInseeCode(Actor.system(), new InseeCode("89446")).orElseThrow();
        return vss.contracts().list(Actor.system(), vezelay.id(), PageRequest.first(1)).getFirst();
    }

    /** The council's act typed in the register form: eleven councillors, all present, all for. */
    private void recordDeliberation(String object, String date, String convocation, boolean firstAct) {
        coordinator.open("/deliberation");
        coordinator.waitFor(By.id("deliberation-save"));
        type(coordinator, input(coordinator, "vaadin-text-field", "Objet"), object);
        type(coordinator, input(coordinator, "vaadin-date-picker", "Date de la séance"), date);
        type(coordinator, input(coordinator, "vaadin-time-picker", "Heure"), "19:00");
        type(coordinator, input(coordinator, "vaadin-text-field", "Lieu"), "Salle du conseil, mairie de Vézelay");
        if (firstAct) {
            WebElement members = coordinator.driver().findElement(By.xpath(
                    "//vaadin-text-area[.//label[normalize-space()='Membres en exercice']]//textarea"));
            reach(coordinator, members);
            members.sendKeys(String.join("\n", COUNCIL), Keys.TAB);
            pause();
        }
        pick(input(coordinator, "vaadin-combo-box", "Président de séance"), COUNCIL.getFirst());
        type(coordinator, input(coordinator, "vaadin-date-picker", "Date de la convocation"), convocation);
        click(coordinator, "deliberation-all-present");
        pick(input(coordinator, "vaadin-combo-box", "Secrétaire de séance"), COUNCIL.get(1));
        pick(input(coordinator, "vaadin-combo-box", "Rapporteur"), COUNCIL.get(2));
        click(coordinator, "deliberation-all-for");
        coordinator.waiting(Duration.ofSeconds(20)).until(d -> d.findElement(By.id("deliberation-findings"))
                .getDomProperty("textContent").contains("0 erreur(s)"));
        click(coordinator, "deliberation-save");
        coordinator.waitForText("Délibération enregistrée.");
    }

    private void addPartner(String name, String sector) {
        reach(coordinator, coordinator.waitFor(By.xpath("//vaadin-button[normalize-space()='Ajouter un partenaire']")));
        type(coordinator, input(coordinator, "vaadin-text-field", "Nom de la nouvelle institution"), name);
        WebElement select = coordinator.waitFor(By.xpath("//vaadin-select[.//label[normalize-space()='Secteur']]"));
        reach(coordinator, select);
        reach(coordinator, coordinator.waitFor(By.xpath("//vaadin-select-item[normalize-space()='" + sector + "']")));
        pause();
        type(coordinator, coordinator.waitFor(By.xpath(
                "//vaadin-text-area[.//label[normalize-space()='Rôle dans le contrat']]//textarea")), "Partenaire du contrat local");
        WebElement signatory = coordinator.waitFor(By.xpath(
                "//vaadin-checkbox[.//label[normalize-space()='Signataire du contrat']]//input"));
        if (!signatory.isSelected()) {
            reach(coordinator, coordinator.waitFor(By.xpath(
                    "//vaadin-checkbox[.//label[normalize-space()='Signataire du contrat']]//label")));
        }
        coordinator.waiting(Duration.ofSeconds(5)).until(d -> signatory.isSelected());
        reach(coordinator, coordinator.waitFor(By.xpath("//vaadin-button[normalize-space()='Ajouter au contrat']")));
        coordinator.waitForText(name);
        coordinator.waiting(Duration.ofSeconds(10)).until(d ->
                d.findElements(By.xpath("//vaadin-button[normalize-space()='Ajouter au contrat']")).isEmpty());
    }

    /** A screenshot at 1280 px, then at 375 px (a phone), then back. */
    private void both(Browser browser, String name) {
        browser.screenshot(name + "-1280");
        browser.driver().manage().window().setSize(new Dimension(375, 800));
        pause();
        browser.screenshot(name + "-375");
        browser.driver().manage().window().setSize(new Dimension(1280, 900));
        pause();
    }

    private String status() {
        return coordinator.waitFor(By.id("contract-status")).getText();
    }

    private void waitForStatus(String expected) {
        coordinator.waiting(Duration.ofSeconds(20)).until(d -> expected.equals(status()));
    }

    private static WebElement field(Browser browser, String id) {
        return browser.waitFor(By.cssSelector("#" + id + " input"));
    }

    private static WebElement area(Browser browser, String id) {
        return browser.waitFor(By.cssSelector("[id='" + id + "'] textarea"));
    }

    private static WebElement input(Browser browser, String component, String label) {
        return browser.waitFor(By.xpath("//" + component + "[.//label[normalize-space()='" + label + "']]//input"));
    }

    /** The last field of that label: the one in the dialog opened last. */
    private static WebElement last(Browser browser, String component, String label) {
        By by = By.xpath("//" + component + "[.//label[normalize-space()='" + label + "']]//input");
        browser.waitFor(by);
        return browser.driver().findElements(by).getLast();
    }

    private void click(Browser browser, String id) {
        reach(browser, browser.waitFor(By.id(id)));
    }

    /** Types a value in a field, replacing what it held, and leaves it so that it is taken. */
    private void type(Browser browser, WebElement field, String value) {
        reach(browser, field);
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        field.sendKeys(value);
        if (!"textarea".equals(field.getTagName())) {
            field.sendKeys(Keys.ENTER);
        }
        field.sendKeys(Keys.TAB);
        pause();
    }

    /** Chooses a name in a combo box by typing it. */
    private void pick(WebElement combo, String value) {
        reach(coordinator, combo);
        combo.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        combo.sendKeys(value);
        pause();
        combo.sendKeys(Keys.ENTER, Keys.TAB);
        pause();
    }

    /** Scrolls to an element and clicks it, as a person would. */
    private static void reach(Browser browser, WebElement element) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        try {
            browser.waiting(Duration.ofSeconds(10)).until(d -> element.isDisplayed() && element.isEnabled());
        } catch (org.openqa.selenium.TimeoutException e) {
            browser.screenshot("town-failed-reach");
            throw e;
        }
        element.click();
    }

    private static void pause() {
        try {
            Thread.sleep(400);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
