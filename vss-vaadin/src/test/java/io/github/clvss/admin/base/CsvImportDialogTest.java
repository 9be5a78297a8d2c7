package io.github.clvss.admin.base;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import io.github.clvss.admin.security.SignedInAs;
import io.github.clvss.core.Vss;
import io.github.clvss.core.csv.CsvImport;
import io.github.clvss.core.shared.Parsed;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.journal.JournalQuery;
import io.github.clvss.core.journal.Outcome;
import io.github.clvss.core.partner.ReferentQuery;
import io.github.clvss.core.shared.PageRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The import dialog with the default limits (2 MiB, 10,000 lines): refusals name the limit, a
 * malformed file its line, nothing is written. (Another Spring context here would break the
 * other view tests' sign-in: they share Vaadin's security holder.)
 */
class CsvImportDialogTest extends ViewTest {

    private static final String HEADER = "nom;type;description;téléphone\n";

    @Autowired
    Vss vss;

    private void upload(String csv) {
        test(find(Upload.class).single()).upload("adresses.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        await(() -> find(ProblemList.class).withCondition(ProblemList::isVisible).exists()
                || find(Button.class).withTextContaining("Importer les").exists());
    }

    private List<String> problems() {
        return find(ListItem.class).from(find(ProblemList.class).single()).all().stream()
                .map(item -> item.getElement().getText()).toList();
    }

    private int resources() {
        return PageRequest.readAll(page -> vss.resources().serving(Actor.system(),
                vss.territories().findByInseeCode(Actor.system(), new io.github.clvss.core.territory.InseeCode("92012"))
                        .orElseThrow().id(), page), x -> x.id().value()).size();
    }

    private void openResourcesImport() {
        open("ressources");
        assertThat(screen()).isEqualTo("ResourcesView");
        test(find(Button.class).withText("Importer des adresses (CSV)").single()).click();
    }

    @Test
    @SignedInAs("coordination")
    void the_dialog_states_the_limits_and_a_file_over_the_size_limit_is_refused_with_it_and_nothing_is_added() {
        int before = resources();
        openResourcesImport();
        assertThat(find(Paragraph.class).all()).extracting(Paragraph::getText)
                .contains("Au plus 2 Mio et 10\u202f000 lignes par fichier.");

        upload(HEADER + "Permanence;écoute;Une description assez longue pour peser.;01 46 09 00 00\n".repeat(40_000));

        assertThat(problems()).containsExactly(
                "Le fichier pèse 2930 Kio ; les imports acceptent au plus 2048 Kio : découpez-le en plusieurs fichiers.");
        assertThat(resources()).isEqualTo(before);
    }

    @Test
    @SignedInAs("coordination")
    void a_file_over_the_line_limit_is_refused_with_the_limit() {
        openResourcesImport();

        upload(HEADER + "P;écoute;D;01 46 09 00 00\n".repeat(10_001));

        assertThat(problems()).containsExactly(
                "Le fichier compte plus de 10000 lignes, la limite des imports : découpez-le en plusieurs fichiers.");
        assertThat(find(Button.class).withTextContaining("Importer les").exists()).isFalse();
    }

    @Test
    @SignedInAs("coordination")
    void a_quote_opened_on_line_3_and_never_closed_is_named_at_line_3_without_exception_text() {
        int before = resources();
        openResourcesImport();

        upload(HEADER + "Un;écoute;D;01 46 09 00 01\n\"Deux;écoute;D;01 46 09 00 02\nTrois;écoute;D;01 46 09 00 03\n");

        assertThat(problems()).containsExactly("ligne 3 : Le guillemet ouvert au début de la valeur n° 1 n’est jamais refermé : "
                + "ajoutez le guillemet fermant, ou doublez-le (\"\") s’il fait partie du texte.");
        assertThat(find(Span.class).all()).extracting(Span::getText).contains("Fichier refusé : 1 problème(s). Rien n’a été créé.");
        assertThat(resources()).isEqualTo(before);
    }

    @Test
    @SignedInAs("coordination")
    void a_valid_file_is_previewed_then_added_on_confirmation() {
        int before = resources();
        openResourcesImport();

        upload(HEADER + "Permanence juridique (test);juridique;Conseils gratuits;01 46 09 00 04\n");
        assertThat(resources()).isEqualTo(before);
        test(find(Button.class).withText("Importer les 1 ligne(s)").single()).click();
        await(() -> resources() == before + 1);

        assertThat(resources()).isEqualTo(before + 1);
    }

    @Test
    @SignedInAs("hopital")
    void the_hospitals_user_importing_another_partners_referents_is_refused_at_that_line_and_the_refusal_is_journaled() {
        long referents = vss.referents().count(Actor.system(), ReferentQuery.current(boulogne()).withHistory());
        long refusals = vss.auditTrail().count(Actor.system(), JournalQuery.territory(boulogne()).withOutcome(Outcome.REFUSED));
        open("partenaires");
        assertThat(screen()).isEqualTo("PartnersView");
        test(find(Button.class).withText("Importer des référents (CSV)").single()).click();

        // another partner of the contract, by its institution's name as it is now (other tests rename some)
        String other = otherPartnerName();
        upload("partenaire;nom;fonction\nCentre hospitalier Ambroise-Paré;Agathe Un;Infirmière\n"
                + other + ";Agathe Deux;Chargée de mission\n");

        assertThat(problems()).containsExactly("ligne 3, colonne « partner » : Vous ne pouvez importer que les référents de "
                + "votre institution (Centre hospitalier Ambroise-Paré), pas ceux de « " + other + " ».");
        assertThat(vss.referents().count(Actor.system(), ReferentQuery.current(boulogne()).withHistory())).isEqualTo(referents);
        assertThat(vss.auditTrail().count(Actor.system(), JournalQuery.territory(boulogne()).withOutcome(Outcome.REFUSED)))
                .isEqualTo(refusals + 1);
    }

    @Test
    @SignedInAs("coordination")
    void cancel_stops_a_read_under_way_and_the_writer_is_never_called() {
        open("ressources");
        assertThat(screen()).isEqualTo("ResourcesView");
        java.util.concurrent.atomic.AtomicBoolean written = new java.util.concurrent.atomic.AtomicBoolean();
        CsvImport<String> names = new CsvImport<>(List.of(new CsvImport.Column("name", List.of("nom"), true)),
                row -> Parsed.valid(row.value("name").orElse("")));
        new CsvImportDialog<String>("Essai", "Un nom par ligne", CsvImport.Limits.DEFAULT, (bytes, progress) -> {
            // a slow start: the read waits (at most 10 s) until the person cancels, then reads for real
            progress.advanced(0, 1);
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (!progress.cancelled() && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            return names.read(bytes, progress);
        }, lines -> {
            written.set(true);
            return Parsed.valid(lines.size());
        }, () -> { }).wording("import.lines").open();

        test(find(Upload.class).last()).upload("noms.csv", "text/csv", "nom\nAgathe\nBertrand\n".getBytes(StandardCharsets.UTF_8));
        await(() -> find(Span.class).withTextContaining("ligne(s) lue(s)").exists());
        test(find(Button.class).withText("Annuler").last()).click();
        await(() -> find(Span.class).withText("Import annulé : rien n’a été enregistré.").exists());

        assertThat(find(Button.class).withTextContaining("Importer les").exists()).isFalse();
        assertThat(written).isFalse();
    }

    private String otherPartnerName() {
        var contract = vss.contracts().list(Actor.system(), boulogne(), PageRequest.first(1)).getFirst();
        return PageRequest.readAll(page -> vss.partners().list(Actor.system(), contract.id(), page), x -> x.id().value()).stream()
                .map(p -> vss.institutions().find(Actor.system(), p.institution()).name())
                .filter(name -> !name.startsWith("Centre hospitalier Ambroise"))
                .sorted().findFirst().orElseThrow();
    }

    private io.github.clvss.core.access.TerritoryId boulogne() {
        return vss.territories().findByInseeCode(Actor.system(), new io.github.clvss.core.territory.InseeCode("92012"))
                .orElseThrow().id();
    }
}
