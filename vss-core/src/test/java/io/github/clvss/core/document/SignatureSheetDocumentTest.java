package io.github.clvss.core.document;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clvss.core.DemoContractText;
import io.github.clvss.core.DemoTerritory;
import io.github.clvss.core.Vss;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.contract.Contract;
import io.github.clvss.core.contract.Signatory;
import io.github.clvss.core.deliberation.DeliberationId;
import io.github.clvss.core.institution.Institution;
import io.github.clvss.core.partner.Partner;
import io.github.clvss.core.shared.Language;
import io.github.clvss.core.shared.PageRequest;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SignatureSheetDocumentTest {

    private final DemoTerritory demo = DemoTerritory.load();
    private final Vss vss = demo.vss();
    private final Contract contract = demo.contract();
    private final Actor system = Actor.system();

    @AfterEach
    void close() {
        vss.close();
    }

    /** The PDF's text, with the line breaks inside cells undone. */
    private static String words(PDDocument pdf) throws IOException {
        return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ").replaceAll("([-’]) ", "$1");
    }

    @Test
    void the_sheet_has_every_signatory_institution_and_representative_the_approval_date_title_and_language()
            throws IOException {
        vss.contractLifecycle().writeText(system, contract.id(), contract.version(), DemoContractText.boulogne());
        DeliberationId council = vss.deliberations().record(system, io.github.clvss.core.deliberation.SeedDeliberation
                .adoptedIn(contract.territory(), LocalDate.of(2023, 6, 1), vss.clock())).deliberation().id();
        vss.contractLifecycle().approve(system, contract.id(), council, LocalDate.of(2023, 6, 1));
        Signatory mayor = vss.contractLifecycle().signatories(system, contract.id()).getFirst();
        vss.contractLifecycle().sign(system, contract.id(), mayor.partner().partner(), LocalDate.of(2023, 6, 8));

        RenderedDocument sheet = vss.documents().signatureSheet(system, contract.id(), Language.FR);

        try (PDDocument pdf = Loader.loadPDF(vss.documents().renderer().pdf(sheet))) {
            String text = words(pdf);
            List<Partner> signatories = vss.partners().list(system, contract.id(), PageRequest.first(50)).stream()
                    .filter(Partner::signatory).toList();
            assertThat(signatories).hasSize(8);
            for (Partner partner : signatories) {
                Institution institution = vss.institutions().find(system, partner.institution());
                assertThat(text).contains(institution.name(), partner.representative().orElseThrow().title(),
                        partner.representative().orElseThrow().name());
            }
            assertThat(text).contains(contract.title(), "Boulogne-Billancourt", "délibération du conseil municipal du 1 juin 2023",
                    "8 juin 2023", "Date de signature");
            PDFTextStripper firstPage = new PDFTextStripper();
            firstPage.setEndPage(1);
            assertThat(firstPage.getText(pdf)).as("the table starts on the first page").contains("Mairie de Boulogne");
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Feuille de signatures — Boulogne-Billancourt");
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualToIgnoringCase("fr");
        }
    }

    @Test
    void printing_the_sheet_is_journaled_as_an_export_of_personal_data() {
        vss.documents().signatureSheet(system, contract.id(), Language.FR);

        assertThat(vss.auditTrail().find(system, io.github.clvss.core.journal.JournalQuery.territory(contract.territory())
                .withAction("document.signatures"), PageRequest.first(5))).hasSize(1);
    }

    @Test
    void before_the_approval_the_english_sheet_says_the_text_cannot_be_signed_yet_and_dates_are_empty() throws IOException {
        RenderedDocument sheet = vss.documents().signatureSheet(system, contract.id(), Language.EN);

        try (PDDocument pdf = Loader.loadPDF(vss.documents().renderer().pdf(sheet))) {
            String text = words(pdf);
            assertThat(text).contains("Text not yet approved by the town council", "M. Laurent HOTTIAUX", "Date of signature")
                    .doesNotContain("2023");
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Signature sheet — Boulogne-Billancourt");
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualToIgnoringCase("en");
        }
    }
}
