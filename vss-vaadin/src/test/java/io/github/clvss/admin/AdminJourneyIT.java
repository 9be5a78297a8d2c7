package io.github.clvss.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** The admin application in a real headless Chromium, on the demo data. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"vss.data-dir=./target/it-data/${random.uuid}", "vaadin.devmode.devTools.enabled=false"})
@ActiveProfiles("demo")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdminJourneyIT {

    private static final String BOULOGNE_CONTRACT = "018875f8-8001-7b4c-a55a-75eb92c7ad98";
    private static final String CONTRACT_TITLE =
            "Contrat de mobilisation et de coordination locale sur les violences sexistes et sexuelles";

    @LocalServerPort
    int port;

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
    void the_coordinator_signs_in_sees_the_boulogne_contract_downloads_its_summary_and_signs_out() throws IOException {
        browser.signIn("coordination", "demo-coordination");
        browser.waitForText("Contrat local — Boulogne-Billancourt");
        browser.waitForText(CONTRACT_TITLE);
        browser.screenshot("overview-coordinator");

        WebElement pdfLink = browser.waitFor(By.xpath("//a[normalize-space()='Synthèse (PDF)']"));
        HttpResponse<byte[]> pdf = browser.fetch("/" + pdfLink.getDomAttribute("href"));
        assertThat(pdf.statusCode()).as(() -> new String(pdf.body(), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        Files.createDirectories(Path.of("target/screenshots"));
        Files.write(Path.of("target/screenshots/summary.pdf"), pdf.body());
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Synthèse du contrat — Boulogne-Billancourt");
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualToIgnoringCase("fr");
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " ")).contains(CONTRACT_TITLE);
        }

        browser.open("/partenaires");
        browser.waitForText("Centre hospitalier Ambroise-Paré");
        browser.driver().findElement(By.xpath("//vaadin-button[normalize-space()='Générer le document unique']")).click();
        WebElement directoryLink = browser.waitFor(By.xpath("//a[normalize-space()='Télécharger (PDF)']"));
        HttpResponse<byte[]> directory = browser.fetch("/" + directoryLink.getDomAttribute("href"));
        Files.write(Path.of("target/screenshots/document-unique.pdf"), directory.body());
        try (PDDocument document = Loader.loadPDF(directory.body())) {
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Document unique — Boulogne-Billancourt");
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " "))
                    .contains("Claire Martin (démo)", "Camille Lefèvre (démo)", "3919", "116 006");
        }
        browser.screenshot("partners");

        browser.driver().findElement(By.xpath("//vaadin-button[normalize-space()='Se déconnecter']")).click();
        browser.waitFor(By.id("vaadinLoginUsername"));
        assertThat(browser.driver().getCurrentUrl()).contains("/login");
        assertThat(browser.fetch("/documents/contracts/" + BOULOGNE_CONTRACT + "/summary.pdf").statusCode()).isEqualTo(302);
        // that refused request is remembered for after sign-in: start the next journey afresh
        browser.driver().manage().deleteAllCookies();
    }

    @Test
    void a_coordinator_of_another_territory_sees_nothing_of_boulogne() {
        browser.signIn("ailleurs", "demo-ailleurs-vss");
        browser.waitForText("Contrat local — Issy-les-Moulineaux");
        browser.screenshot("overview-other-territory");

        assertThat(browser.driver().getPageSource()).doesNotContain("Boulogne").doesNotContain(CONTRACT_TITLE);
        HttpResponse<byte[]> refused = browser.fetch("/documents/contracts/" + BOULOGNE_CONTRACT + "/summary.pdf");
        assertThat(refused.statusCode()).as(() -> new String(refused.body(), java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo(403);
        assertThat(browser.fetch("/documents/contracts/" + BOULOGNE_CONTRACT + "/summary.html").statusCode()).isEqualTo(403);
        browser.driver().findElement(By.xpath("//vaadin-button[normalize-space()='Se déconnecter']")).click();
        browser.waitFor(By.id("vaadinLoginUsername"));
    }

    @Test
    void every_admin_screen_passes_the_axe_audit_with_no_serious_or_critical_violation() {
        browser.open("/login");
        browser.waitFor(By.id("vaadinLoginUsername"));
        browser.screenshot("login");
        assertThat(browser.seriousViolations()).as("login").isEmpty();

        browser.signIn("admin", "demo-admin-vss");
        browser.open("/journal");
        WebElement export = browser.waitFor(By.xpath("//a[normalize-space()='Exporter (CSV)']"));
        String csv = new String(browser.fetch("/" + export.getDomAttribute("href")).body(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\ufeffat;actor;action;record_type;record_id;territory;outcome;reason")
                .contains(";system;contractfile.import.create;territory;");
        for (String[] screen : new String[][] {
                {"/", "Contrat local — Boulogne-Billancourt"},
                {"/journal", "Journal d’audit"},
                {"/comptes", "coordination"},
                {"/apparence", "Couleur principale"},
                {"/notifications", "Notifications"},
                {"/partenaires", "Centre hospitalier Ambroise-Paré"},
                {"/referents", "Claire Martin (démo)"},
                {"/ressources", "Allô Enfance en Danger"},
                {"/institutions", "CIDFF des Hauts-de-Seine Sud"}}) {
            browser.open(screen[0]);
            browser.waitForText(screen[1]);
            browser.screenshot("screen" + screen[0].replace('/', '-'));
            assertThat(browser.seriousViolations()).as(screen[0]).isEmpty();
        }
        browser.driver().findElement(By.xpath("//vaadin-button[normalize-space()='Se déconnecter']")).click();
        browser.waitFor(By.id("vaadinLoginUsername"));
    }
}
