package io.github.clvss.core.document;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clvss.core.DemoTerritory;
import io.github.clvss.core.Vss;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.contract.Contract;
import io.github.clvss.core.journal.JournalQuery;
import io.github.clvss.core.partner.ReferentQuery;
import io.github.clvss.core.shared.Language;
import io.github.clvss.core.shared.PageRequest;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DirectoryDocumentTest {

    private final DemoTerritory demo = DemoTerritory.load();
    private final Vss vss = demo.vss();
    private final TerritoryId boulogne = demo.territory();
    private final Contract contract = demo.contract();

    @AfterEach
    void close() {
        vss.close();
    }

    @Test
    void the_document_unique_pdf_holds_every_demo_referent_and_every_national_number_with_its_title_and_language()
            throws IOException {
        RenderedDocument directory = vss.documents().directory(Actor.system(), contract.id(), Language.FR);

        try (PDDocument pdf = Loader.loadPDF(vss.documents().renderer().pdf(directory))) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            List<String> referents = vss.referents().list(Actor.system(), ReferentQuery.current(boulogne), PageRequest.first(50))
                    .stream().map(r -> r.details().orElseThrow().name()).toList();
            assertThat(referents).hasSize(8);
            assertThat(text).contains(referents);
            assertThat(text).contains("15 ", "17 ", "112", "114", "3919", "119", "3977", "116 006", "115 ",
                    "https://arretonslesviolences.gouv.fr");
            assertThat(text).contains("M. Laurent HOTTIAUX", "Centre hospitalier Ambroise-Paré", contract.id().toString());
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Document unique — Boulogne-Billancourt");
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualToIgnoringCase("fr");
        }
    }

    @Test
    void a_long_document_unique_prints_every_referent_with_their_contacts_on_numbered_tagged_pages() throws IOException {
        int appointed = 300;
        DirectoryDocumentBench.appointReferents(demo, appointed);
        RenderedDocument directory = vss.documents().directory(Actor.system(), contract.id(), Language.FR);

        try (PDDocument pdf = Loader.loadPDF(vss.documents().renderer().pdf(directory))) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            List<String> demoReferents = PageRequest.readAll(page -> vss.referents().list(Actor.system(),
                    ReferentQuery.current(boulogne), page), x -> x.id().value()).stream().map(r -> r.details().orElseThrow().name()).toList();
            assertThat(demoReferents).hasSize(8 + appointed);
            assertThat(text).contains(demoReferents);
            // a long address may wrap after a dot: read it without the line break
            String unwrapped = text.replace(" ", "");
            for (int i = 0; i < appointed; i++) {
                assertThat(text).contains("Référente " + i + " (démo), Chargée de mission",
                        DirectoryDocumentBench.phone(i).display());
                assertThat(unwrapped).contains("·referente." + i + "@example.org·");
            }
            int pages = pdf.getNumberOfPages();
            assertThat(pages).isGreaterThan(10);
            for (int page = 1; page <= pages; page++) {
                assertThat(text).contains("Page " + page + " / " + pages);
            }
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Document unique — Boulogne-Billancourt");
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualToIgnoringCase("fr");
            assertThat(pdf.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(pdf.getDocumentCatalog().getStructureTreeRoot().getKids()).isNotEmpty();
        }
    }

    @Test
    void a_name_in_arabic_letters_or_with_an_emoji_prints_in_the_fallback_font_not_as_hash_signs() throws IOException {
        var partner = vss.partners().list(Actor.system(), contract.id(), PageRequest.first(1)).getFirst();
        vss.referents().appoint(Actor.system(), io.github.clvss.core.partner.Referent.appoint(vss.clock(), partner.id(),
                partner.territory(), new io.github.clvss.core.partner.ReferentDetails("Aïcha عائشة 😀 (démo)", "Médiatrice",
                        java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty()),
                java.util.Optional.empty(), false, io.github.clvss.core.shared.Provenance.DEMO));
        RenderedDocument directory = vss.documents().directory(Actor.system(), contract.id(), Language.FR);

        try (PDDocument pdf = Loader.loadPDF(vss.documents().renderer().pdf(directory))) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Aïcha").contains("😀").doesNotContain("#");
            assertThat(text.codePoints().filter(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.ARABIC
                    || Character.UnicodeBlock.of(c) == Character.UnicodeBlock.ARABIC_PRESENTATION_FORMS_B))
                    .as("the Arabic letters are drawn").isNotEmpty();
        }
    }

    @Test
    void the_document_unique_lists_the_contracts_commitments_axis_by_axis() {
        RenderedDocument directory = vss.documents().directory(Actor.system(), contract.id(), Language.FR);

        var text = vss.contractLifecycle().text(Actor.system(), contract.id());
        assertThat(text.commitments()).isNotEmpty();
        assertThat(directory.html()).contains("Les engagements du contrat", "Axe 1 — " + text.axes().getFirst().title());
        text.commitments().forEach(c -> assertThat(directory.html()).contains(c.id() + " — "));
    }

    @Test
    void producing_the_document_unique_is_journaled_as_an_export_of_personal_data() {
        vss.documents().directory(Actor.system(), contract.id(), Language.EN);

        assertThat(vss.auditTrail().find(Actor.system(), JournalQuery.territory(boulogne).withAction("document.directory"),
                PageRequest.first(5))).hasSize(1);
    }
}
