package io.github.clvss.core.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.clvss.core.DemoTerritory;
import io.github.clvss.core.Fixtures;
import io.github.clvss.core.Vss;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.referral.Asked;
import io.github.clvss.core.referral.Explanation;
import io.github.clvss.core.shared.AccessRefusedException;
import io.github.clvss.core.shared.Language;
import io.github.clvss.core.shared.Provenance;
import java.io.IOException;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OrientationDocumentTest {

    private final DemoTerritory demo = DemoTerritory.load();
    private final Vss vss = demo.vss();
    private final TerritoryId boulogne = demo.territory();

    @AfterEach
    void close() {
        vss.close();
    }

    @Test
    void the_printed_decision_says_whom_to_contact_whether_to_report_and_on_which_basis() throws IOException {
        Explanation words = vss.circuits().explain(boulogne, Asked.aDoctorAboutViolenceWithinTheCouple().inImmediateDanger()
                .underEmprise().situation(), Locale.FRENCH);

        RenderedDocument document = vss.documents().orientation(Actor.system(), boulogne, words, Language.FR);

        try (PDDocument pdf = Loader.loadPDF(vss.documents().renderer().pdf(document))) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Qui contacter", "Signaler ?", words.ruleSetVersion());
            words.contacts().forEach(contact -> assertThat(text).contains(contact.name()));
            words.reports().forEach(report -> assertThat(text).contains(report.legalBasis()));
            assertThat(text).contains("art. 226-14 3°", "S’efforcer d’obtenir l’accord de la victime.");
            assertThat(text).contains("Ce qu’il faut dire à la victime");
            words.toTellTheVictim().forEach(line -> assertThat(text).contains(line));
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Orientation d’une situation — Boulogne-Billancourt");
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualToIgnoringCase("fr");
        }
    }

    @Test
    void when_a_report_may_go_to_the_prosecutor_the_territorys_parquet_is_among_whom_to_contact() {
        Explanation words = vss.circuits().explain(boulogne, Asked.aDoctorAboutViolenceWithinTheCouple().inImmediateDanger()
                .underEmprise().situation(), Locale.FRENCH);

        assertThat(words.decision().reports()).anyMatch(r -> r.addressee() == io.github.clvss.core.referral.Addressee.PROCUREUR);
        assertThat(words.contacts()).filteredOn(c -> c.name().equals("Parquet près le tribunal judiciaire de Nanterre"))
                .singleElement().satisfies(parquet -> {
                    assertThat(parquet.when()).isEqualTo("pour un signalement");
                    assertThat(parquet.why()).contains("procureur de la République").contains("226-14");
                });
    }

    @Test
    void a_report_that_needs_consent_is_printed_as_not_possible_without_it() {
        Explanation refused = vss.circuits().explain(boulogne, Asked.aDoctorAboutViolenceWithinTheCouple().situation(),
                Locale.ENGLISH);

        String html = vss.documents().orientation(Actor.system(), boulogne, refused, Language.EN).html();

        assertThat(refused.reports()).anyMatch(r -> !r.possible());
        assertThat(html).contains("Not without her consent").contains("lang=\"en\"");
    }

    @Test
    void printing_takes_the_right_to_read_the_territory() {
        TerritoryId elsewhere = vss.territories().register(Actor.system(), Fixtures.anotherCommune(), Provenance.ENTERED).id();
        Explanation words = vss.circuits().explain(boulogne, Asked.aDoctorAboutViolenceWithinTheCouple().situation(),
                Locale.FRENCH);

        assertThatThrownBy(() -> vss.documents().orientation(Fixtures.coordinatorOf(elsewhere), boulogne, words, Language.FR))
                .isInstanceOf(AccessRefusedException.class);
    }
}
