package io.github.clvss.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clvss.core.Vss;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.partner.ReferentQuery;
import io.github.clvss.core.territory.InseeCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The CSV import in a real browser, over server push: a large file is read in the background
 * with visible progress and its Cancel button stops it with nothing written; a file over the
 * size limit is refused with the limit; a valid file is imported.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"vss.data-dir=./target/it-data/${random.uuid}", "vaadin.devmode.devTools.enabled=false",
            "vss.csv.max-size=12MB", "vss.csv.max-lines=200000"})
@ActiveProfiles("demo")
class CsvImportIT {

    private static final String HEADER = "partenaire;nom;fonction;téléphone\n";
    private static final String LINE = "Centre hospitalier Ambroise-Paré;Agathe Test;Infirmière;01 46 09 00 01\n";

    @LocalServerPort
    int port;

    @Autowired
    Vss vss;

    @Test
    void a_large_file_shows_its_progress_and_cancel_stops_it_with_nothing_written() throws IOException {
        long before = referents();
        Path file = file("grand.csv", HEADER + LINE.repeat(150_000));
        try (Browser browser = new Browser(port)) {
            openImport(browser);

            upload(browser, file);
            browser.waitForText("ligne(s) lue(s)");
            browser.screenshot("csv-import-progress");
            browser.driver().findElement(By.xpath("//vaadin-button[normalize-space()='Annuler']")).click();

            browser.waitForText("Import annulé : rien n’a été enregistré.");
            assertThat(browser.driver().getPageSource()).doesNotContain("Importer les");
        }
        assertThat(referents()).isEqualTo(before);
    }

    @Test
    void a_file_over_the_size_limit_is_refused_with_the_limit() throws IOException {
        long before = referents();
        Path file = file("trop-gros.csv", HEADER + LINE.repeat(190_000));
        try (Browser browser = new Browser(port)) {
            openImport(browser);

            upload(browser, file);

            browser.waitForText("les imports acceptent au plus 12288 Kio");
            browser.screenshot("csv-import-too-large");
        }
        assertThat(referents()).isEqualTo(before);
    }

    @Test
    void a_valid_file_of_ten_thousand_lines_is_read_previewed_and_imported() throws IOException {
        long before = referents();
        Path file = file("valide.csv", HEADER + LINE.repeat(10_000));
        try (Browser browser = new Browser(port)) {
            openImport(browser);
            long start = System.nanoTime();

            upload(browser, file);
            browser.waitForText("ligne(s) prête(s) à être importée(s)");
            assertThat(browser.driver().getPageSource()).containsPattern("10\\W{1,8}000 ligne\\(s\\) prête\\(s\\)");
            long read = System.nanoTime();
            browser.driver().findElement(By.xpath("//vaadin-button[starts-with(normalize-space(), 'Importer les 10')]")).click();
            browser.waitForText("ligne(s) importée(s).");
            System.out.printf("10,000 lines: read in %d ms, written in %d ms%n", (read - start) / 1_000_000,
                    (System.nanoTime() - read) / 1_000_000);
        }
        assertThat(referents()).isEqualTo(before + 10_000);
    }

    private void openImport(Browser browser) {
        browser.signIn("coordination", "demo-coordination");
        browser.open("/partenaires");
        browser.waitFor(By.xpath("//vaadin-button[normalize-space()='Importer des référents (CSV)']")).click();
        browser.waitForText("lignes par fichier");
    }

    private static void upload(Browser browser, Path file) {
        WebElement upload = browser.waitFor(By.tagName("vaadin-upload"));
        SearchContext inside = upload.getShadowRoot();
        WebElement input = inside.findElements(By.cssSelector("input[type=file]")).stream().findFirst()
                .orElseGet(() -> upload.findElement(By.cssSelector("input[type=file]")));
        input.sendKeys(file.toAbsolutePath().toString());
    }

    private static Path file(String name, String text) throws IOException {
        Path file = Path.of("target", "csv-import-it", name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private long referents() {
        TerritoryId boulogne = vss.territories().findByInseeCode(Actor.system(), new InseeCode("92012")).orElseThrow().id();
        return vss.referents().count(Actor.system(), ReferentQuery.current(boulogne).withHistory());
    }
}
