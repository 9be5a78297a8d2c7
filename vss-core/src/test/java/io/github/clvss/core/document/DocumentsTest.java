package io.github.clvss.core.document;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clvss.core.DemoTerritory;
import io.github.clvss.core.Vss;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.contract.Contract;
import io.github.clvss.core.shared.Language;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DocumentsTest {

    private final DemoTerritory demo = DemoTerritory.load();
    private final Vss vss = demo.vss();
    private final TerritoryId boulogne = demo.territory();
    private final Contract contract = demo.contract();

    @AfterEach
    void close() {
        vss.close();
    }

    @Test
    void the_contract_summary_is_html_in_the_readers_language_with_its_title_and_the_contracts_facts() {
        RenderedDocument french = vss.documents().contractSummary(Actor.system(), contract.id(), Language.FR);
        RenderedDocument english = vss.documents().contractSummary(Actor.system(), contract.id(), Language.EN);

        assertThat(french.html()).contains("lang=\"fr\"").contains("<title>Synthèse du contrat — Boulogne-Billancourt</title>")
                .contains("<th scope=\"row\">Code INSEE</th><td>92012</td>")
                .contains("Document généré le 27 novembre 2026");
        assertThat(english.html()).contains("lang=\"en\"").contains("<th scope=\"row\">Start date</th><td>not given</td>");
        assertThat(french.fileName()).isEqualTo("synthese-contrat-boulogne-billancourt");
    }

    @Test
    void the_contract_summary_pdf_is_tagged_with_its_title_language_and_embedded_fonts() throws IOException {
        RenderedDocument summary = vss.documents().contractSummary(Actor.system(), contract.id(), Language.FR);

        try (PDDocument pdf = Loader.loadPDF(vss.documents().renderer().pdf(summary))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Synthèse du contrat — Boulogne-Billancourt");
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualToIgnoringCase("fr");
            assertThat(pdf.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            assertThat(pdf.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " "))
                    .contains("Synthèse du contrat")
                    .contains("Contrat de mobilisation et de coordination locale sur les violences sexistes et sexuelles")
                    .contains("219200128");
            PDPage page = pdf.getPage(0);
            for (var name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(font.getName()).contains("LiberationSans");
            }
        }
    }

    @Test
    void values_are_escaped_in_the_html() {
        Contract risky = vss.contracts().retitle(Actor.system(), contract.id(), contract.version(),
                "Contrat <script>alert(1)</script> & co");

        String html = vss.documents().contractSummary(Actor.system(), risky.id(), Language.FR).html();

        assertThat(html).doesNotContain("<script>").contains("Contrat &lt;script&gt;alert(1)&lt;/script&gt; &amp; co");
    }
}
