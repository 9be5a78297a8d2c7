package io.github.clvss.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clvss.core.Vss;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.access.Grant;
import io.github.clvss.core.access.PartnerId;
import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.account.Account;
import io.github.clvss.core.account.Login;
import io.github.clvss.core.journal.JournalEntry;
import io.github.clvss.core.journal.JournalQuery;
import io.github.clvss.core.journal.Outcome;
import io.github.clvss.core.path.PathRegister;
import io.github.clvss.core.shared.Language;
import io.github.clvss.core.shared.PageRequest;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The victim's path in a real headless Chromium on the demo data: the hospital's user opens a
 * path from the simulator's answer, records the person's consent for the CIDFF and refers the
 * path to it; a second referral without consent is refused in plain words; the CIDFF's user
 * accepts it in its inbox and closes it with an outcome; the hospital sees each step and prints
 * the path; a partner outside the path is refused at its address, and the refusal is journaled;
 * a user of both partners says on whose behalf they read the inbox and the paths. axe on every
 * path screen.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"vss.data-dir=./target/it-data/${random.uuid}", "vaadin.devmode.devTools.enabled=false"})
@ActiveProfiles("demo")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PathJourneyIT {

    private static final String HOSPITAL = "Centre hospitalier Ambroise-Paré";
    private static final String CIDFF = "CIDFF des Hauts-de-Seine Sud";
    private static final String PARQUET = "Parquet près le tribunal judiciaire de Nanterre";

    @LocalServerPort
    int port;

    @Autowired
    Vss vss;

    private Browser hospital;
    private String address;
    private String reference;

    @BeforeAll
    void start() {
        hospital = new Browser(port);
        hospital.signIn("hopital", "demo-hopital-vss");
    }

    @AfterAll
    void stop() {
        hospital.close();
    }

    @Test
    @Order(1)
    void the_hospital_opens_a_path_from_the_simulators_answer() {
        hospital.open("/orientation");
        tick(hospital, "vaadin-checkbox", "Médecin");
        tick(hospital, "vaadin-checkbox", "Physiques (coups, blessures)");
        click(hospital, By.id("simulator-decide"));
        click(hospital, By.id("simulator-new-path"));

        WebElement note = hospital.waitFor(By.cssSelector("#path-new-note textarea"));
        assertThat(hospital.driver().getPageSource()).contains("N’écrivez aucun détail qui permette d’identifier la personne");
        assertThat(hospital.seriousViolations()).isEmpty();
        hospital.screenshot("path-new");
        note.sendKeys("Vue aux urgences, souhaite un accompagnement juridique.");
        click(hospital, By.id("path-new-open"));

        String title = hospital.waitFor(By.id("path-title")).getText();
        reference = title.substring(title.lastIndexOf(' ') + 1);
        address = "/parcours/" + reference.replace("-", "");
        assertThat(reference).matches("[A-Z2-9]{3}-[A-Z2-9]{3}-[A-Z2-9]{3}");
        hospital.waitForText("Parcours ouvert par " + HOSPITAL);
        assertThat(hospital.seriousViolations()).isEmpty();
    }

    @Test
    @Order(2)
    void with_consent_for_the_cidff_the_path_goes_to_it_and_a_second_referral_without_consent_is_refused() {
        tick(hospital, "vaadin-radio-button", "Accord donné");
        choose(hospital, "path-consent-partner", CIDFF);
        click(hospital, By.id("path-consent-save"));
        hospital.waitForText("Consentement : Accord donné — pour " + CIDFF);
        choose(hospital, "path-send-to", CIDFF);
        click(hospital, By.id("path-send-button"));
        hospital.waitForText("De " + HOSPITAL + " à " + CIDFF);

        choose(hospital, "path-send-to", PARQUET);
        click(hospital, By.id("path-send-button"));

        hospital.waitForText("La personne n’a pas donné son accord pour que son parcours soit transmis à ce partenaire");
        assertThat(hospital.driver().getPageSource()).doesNotContain("De " + HOSPITAL + " à " + PARQUET);
        assertThat(hospital.seriousViolations()).isEmpty();
        hospital.screenshot("path-refused-without-consent");
    }

    @Test
    @Order(3)
    void the_cidff_accepts_the_referral_from_its_inbox_then_closes_it_with_an_outcome() {
        try (Browser cidff = new Browser(port)) {
            cidff.signIn("cidff", "demo-cidff-vss");
            cidff.open("/adressages");
            WebElement link = cidff.waitFor(By.xpath("//a[normalize-space()='" + reference + "']"));
            cidff.waitForText(HOSPITAL);
            assertThat(cidff.seriousViolations()).isEmpty();
            cidff.screenshot("path-inbox");
            link.click();
            cidff.waitForText("Parcours " + reference);
            click(cidff, By.id("handover-accept"));
            cidff.waitForText("Accepté par " + CIDFF);
            assertThat(cidff.seriousViolations()).isEmpty();
            choose(cidff, "handover-outcome", "Accompagnement réalisé");
            click(cidff, By.id("handover-close"));
            cidff.waitForText("Clos par " + CIDFF + " : Accompagnement réalisé");
            assertThat(cidff.seriousViolations()).isEmpty();
            cidff.screenshot("path-closed-by-cidff");
        }
    }

    @Test
    @Order(4)
    void the_hospital_sees_each_step_and_prints_the_path() throws IOException {
        hospital.open(address);
        hospital.waitForText("Clos par " + CIDFF + " : Accompagnement réalisé");
        String timeline = hospital.waitFor(By.id("path-timeline")).getText();
        assertThat(timeline).contains("Parcours ouvert par " + HOSPITAL, "Consentement : Accord donné",
                "Adressé par " + HOSPITAL + " à " + CIDFF, "Accepté par " + CIDFF, "Clos par " + CIDFF)
                .containsPattern("\\d{1,2} \\p{L}+ \\d{4}");
        assertThat(hospital.seriousViolations()).isEmpty();
        hospital.screenshot("path-seen-by-the-hospital");

        HttpResponse<byte[]> pdf = hospital.fetch(java.net.URI.create(hospital.waitFor(By.id("path-print")).getDomProperty("href"))
                .getRawPath());

        assertThat(pdf.statusCode()).isEqualTo(200);
        Files.write(Path.of("target/screenshots/path.pdf"), pdf.body());
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            // a line may break after a hyphen: "Ambroise-" then "Paré"
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ").replace("- ", "-");
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Parcours " + reference);
            assertThat(text).contains("Adressé par " + HOSPITAL + " à " + CIDFF, "Clos par " + CIDFF, "Accompagnement réalisé");
        }
    }

    @Test
    @Order(5)
    void a_partner_outside_the_path_is_refused_at_its_address_and_the_refusal_is_journaled() {
        Actor system = Actor.system();
        TerritoryId territory = DemoPartners.boulogne(vss);
        PartnerId parquet = DemoPartners.named(vss, territory, PARQUET);
        vss.accounts().open(system, Account.open(vss.clock(), new Login("parquet-it"), "Parquet (essai)", Optional.empty(),
                Language.FR, Set.of(Grant.partner(territory, parquet))), Optional.of("essai-parquet-vss".toCharArray()));
        String accountId = vss.accounts().idOf(system, new Login("parquet-it")).orElseThrow().toString();

        try (Browser outsider = new Browser(port)) {
            outsider.signIn("parquet-it", "essai-parquet-vss");
            outsider.open(address);
            assertThat(outsider.waitFor(By.id("path-refused")).getText()).startsWith("Accès refusé");
            assertThat(outsider.driver().getPageSource()).doesNotContain(CIDFF).doesNotContain("Vue aux urgences");
            assertThat(outsider.seriousViolations()).isEmpty();
            outsider.screenshot("path-refused-to-an-outsider");
        }

        List<JournalEntry> refusals = vss.auditTrail().find(system, JournalQuery.all().withActor(accountId)
                .withRecordType(PathRegister.RECORD).withOutcome(Outcome.REFUSED), PageRequest.first(10));
        assertThat(refusals).isNotEmpty().allMatch(e -> e.act().action().equals("path.read"));
    }


    @Test
    @Order(6)
    void a_user_of_both_partners_says_on_whose_behalf_they_read_the_inbox_and_the_paths_and_finds_the_referral_under_the_cidff() {
        Actor system = Actor.system();
        TerritoryId territory = DemoPartners.boulogne(vss);
        vss.accounts().open(system, Account.open(vss.clock(), new Login("deux-partenaires-it"), "Deux partenaires (essai)",
                Optional.empty(), Language.FR, Set.of(Grant.partner(territory, DemoPartners.named(vss, territory, HOSPITAL)),
                        Grant.partner(territory, DemoPartners.named(vss, territory, CIDFF)))),
                Optional.of("essai-deux-partenaires".toCharArray()));
        By link = By.xpath("//a[normalize-space()='" + reference + "']");

        try (Browser both = new Browser(port)) {
            both.signIn("deux-partenaires-it", "essai-deux-partenaires");
            both.open("/adressages");
            both.waitFor(By.id("inbox-partner"));
            both.waitForText("Vous appartenez à plusieurs partenaires");
            tick(both, "vaadin-checkbox", "Seulement ceux en cours");
            // the grid has loaded the hospital's whole inbox (open or not) and shows it empty: the path went from it, not to it
            both.waiting(Duration.ofSeconds(30)).until(d -> !Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d)
                    .executeScript("return document.getElementById('inbox').loading"))
                    && d.findElement(By.cssSelector("#inbox > [slot='empty-state']")).isDisplayed());
            assertThat(both.driver().findElement(By.cssSelector("#inbox > [slot='empty-state']")).getText())
                    .isEqualTo("Aucun adressage.");
            assertThat(both.driver().findElements(link)).as("the hospital's inbox: the path went from it, not to it").isEmpty();
            choose(both, "inbox-partner", CIDFF);
            both.waitFor(link);
            assertThat(both.seriousViolations()).isEmpty();
            both.screenshot("path-inbox-two-partners");

            both.open("/parcours");
            both.waitFor(link);
            assertThat(both.waitFor(By.cssSelector("#paths-partner vaadin-select-value-button")).getText())
                    .as("the partner chosen on the inbox, kept").isEqualTo(CIDFF);
            assertThat(both.seriousViolations()).isEmpty();
            both.screenshot("path-list-two-partners");
        }
    }

    /** Clicks an element once it is there, scrolled to the middle of the window (not under the header). */
    private static void click(Browser browser, By by) {
        WebElement element = browser.waitFor(by);
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'})",
                element);
        element.click();
    }

    /** Ticks a checkbox or a radio button by its label. */
    private static void tick(Browser browser, String tag, String label) {
        click(browser, By.xpath("//" + tag + "[.//label[normalize-space()='" + label + "']]//label"));
    }

    /** Opens a select by its id and picks an option by its text. */
    private static void choose(Browser browser, String id, String option) {
        click(browser, By.id(id));
        browser.waiting(Duration.ofSeconds(10)).until(d -> {
            List<WebElement> items = d.findElements(By.xpath("//vaadin-select-item[normalize-space()='" + option + "']"))
                    .stream().filter(WebElement::isDisplayed).toList();
            if (items.isEmpty()) {
                return false;
            }
            items.getFirst().click();
            return true;
        });
        // the choice has reached the field (and, with the next event, the server) before anything else is clicked
        browser.waiting(Duration.ofSeconds(10)).until(d -> !String.valueOf(
                ((org.openqa.selenium.JavascriptExecutor) d).executeScript("return document.getElementById(arguments[0]).value", id))
                .isEmpty());
    }
}
