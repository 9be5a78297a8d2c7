package io.github.clvss.core.document;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clvss.core.DemoTerritory;
import io.github.clvss.core.Fixtures;
import io.github.clvss.core.Vss;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.path.DemoPaths;
import io.github.clvss.core.contract.Contract;
import io.github.clvss.core.indicator.DemoIndicators;
import io.github.clvss.core.shared.Language;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DiagnosticDocumentTest {

    private final DemoTerritory demo = DemoTerritory.load();
    private final Vss vss = demo.vss();
    private final Contract contract = demo.contract();
    private final Actor coordinator = Fixtures.coordinatorOf(contract.territory());

    DiagnosticDocumentTest() {
        DemoIndicators.addTo(vss.indicators(), coordinator, contract.territory(), contract.id(), vss.clock());
    }

    @AfterEach
    void close() {
        vss.close();
    }

    /** The PDF's lines, spaces made single. */
    private static List<String> lines(PDDocument pdf) throws IOException {
        return Arrays.stream(new PDFTextStripper().getText(pdf).split("\\R")).map(l -> l.replaceAll("\\s+", " ").strip()).toList();
    }

    /** A row of an indicators' table: its name, its direction and source, then its figures, on three lines. */
    private static String row(List<String> lines, String name) {
        for (int i = 0; i < lines.size() - 2; i++) {
            if (lines.get(i).startsWith(name + " (")) {
                return String.join(" ", lines.subList(i, i + 3));
            }
        }
        throw new AssertionError("no row " + name + " in " + lines);
    }

    @Test
    void the_home_page_summaries_show_each_indicators_chart_with_small_counts_masked() {
        List<Documents.IndicatorSummary> summaries = vss.documents().indicatorSummaries(coordinator, contract.id(), 2023,
                Language.FR);

        assertThat(summaries).extracting(Documents.IndicatorSummary::title)
                .contains("Professionnels formés au repérage des violences (personnes)");
        assertThat(summaries).filteredOn(s -> s.title().startsWith("Professionnels formés")).singleElement()
                .satisfies(s -> {
                    assertThat(s.figure()).isEqualTo("12");
                    assertThat(s.change()).isEqualTo("+33,3 %");
                    assertThat(s.svg()).startsWith("<svg").contains("role=\"img\"");
                });
        assertThat(summaries).filteredOn(s -> s.title().startsWith("dont victimes mineures")).singleElement()
                .satisfies(s -> assertThat(s.figure()).isEqualTo("< 5"));
    }

    @Test
    void the_pdf_shows_the_12_masks_the_3_and_the_total_and_change_that_would_reveal_it() throws IOException {
        RenderedDocument document = vss.documents().diagnostic(coordinator, contract.id(), 2023, Language.FR);

        try (PDDocument pdf = Loader.loadPDF(vss.documents().renderer().pdf(document))) {
            List<String> lines = lines(pdf);
            String text = String.join(" ", lines);
            assertThat(row(lines, "Professionnels formés au repérage des violences")).endsWith("9 12 +33,3 % 20");
            assertThat(row(lines, "dont victimes mineures")).endsWith("< 5 < 5 s —").doesNotContainPattern("\\b3\\b");
            assertThat(row(lines, "Victimes orientées vers le CIDFF 92 Sud")).endsWith("s s s —");
            assertThat(row(lines, "dont victimes majeures")).endsWith("38 44 +15,8 % —");
            assertThat(text).as("the total of oriented victims, which would reveal the 3")
                    .doesNotContainPattern("(?<![\\w-])4[17](?![\\w-])");
            assertThat(text).contains("Diagnostic partagé 2023", "valeurs de démonstration", "+38,4 %", "Texte de démonstration",
                            "Faits de violences sexistes et sexuelles enregistrés", "173 181 +4,6 %");
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Diagnostic partagé 2023 — Boulogne-Billancourt");
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualToIgnoringCase("fr");
        }
    }

    @Test
    void each_indicator_has_a_chart_drawn_as_svg_whose_masked_bars_have_no_height_and_no_value() {
        RenderedDocument document = vss.documents().diagnostic(coordinator, contract.id(), 2023, Language.EN);
        String html = document.html();

        assertThat(html).contains("<svg", "<title>dont victimes mineures (personnes)</title>",
                "<desc>2019 : — ; 2020 : — ; 2021 : — ; 2022 : &lt; 5 ; 2023 : &lt; 5</desc>", "Shared diagnostic 2023");
        assertThat(html.split("<svg", -1)).hasSize(1 + 9);
        String minors = html.substring(html.indexOf("<title>dont victimes mineures"), html.indexOf("</svg>",
                html.indexOf("<title>dont victimes mineures")));
        assertThat(minors).doesNotContain("fill=\"#1d4f91\"").contains("stroke-dasharray=\"2,2\"");
    }

    @Test
    void the_english_document_writes_numbers_and_changes_the_english_way() throws IOException {
        RenderedDocument document = vss.documents().diagnostic(coordinator, contract.id(), 2023, Language.EN);

        try (PDDocument pdf = Loader.loadPDF(vss.documents().renderer().pdf(document))) {
            List<String> lines = lines(pdf);
            assertThat(row(lines, "Délai moyen entre l’orientation et le premier rendez-vous")).endsWith("6.5 5.2 \u221220.0% 5");
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualToIgnoringCase("en");
        }
    }

    @Test
    void a_diagnostic_with_paths_shows_their_section_with_the_small_counts_masked() {
        DemoPaths.sixAcceptedTwoDeclined(vss, contract);

        String html = vss.documents().diagnostic(coordinator, contract.id(), 2026, Language.FR).html();

        assertThat(html).contains("<h2>Parcours des victimes</h2>", "Délai médian jusqu’à l’acceptation (heures) : 0");
        String section = html.substring(html.indexOf("<h2>Parcours des victimes</h2>"));
        String[] rows = section.split("<tr>");
        String all = Arrays.stream(rows).filter(r -> r.contains("Tous les partenaires")).findFirst().orElseThrow();
        assertThat(all).as("the 6 accepted shown, the 2 declined masked and the total that would give them back")
                .contains("<td>s</td><td>0</td><td>0</td><td>6</td><td>&lt; 5</td><td>0</td><td>0</td>");
        String refused = Arrays.stream(rows).filter(r -> r.contains("pas de place")).findFirst().orElseThrow();
        assertThat(refused).as("2 declined for want of room are masked").contains("&lt; 5").doesNotContain("<td>2</td>");
        assertThat(section).doesNotContain("<td>2</td>").contains("Part des orientations refusées (%) : s");
    }
}
