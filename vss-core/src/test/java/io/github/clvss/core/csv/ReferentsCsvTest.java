package io.github.clvss.core.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.clvss.core.DemoTerritory;
import io.github.clvss.core.Vss;
import io.github.clvss.core.Fixtures;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.access.Grant;
import io.github.clvss.core.journal.JournalQuery;
import io.github.clvss.core.journal.Outcome;
import io.github.clvss.core.partner.Partner;
import io.github.clvss.core.shared.AccessRefusedException;
import io.github.clvss.core.shared.Messages;
import java.util.Locale;
import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.contract.Contract;
import io.github.clvss.core.partner.Referent;
import io.github.clvss.core.partner.ReferentQuery;
import io.github.clvss.core.shared.Problem;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ReferentsCsvTest {

    private final DemoTerritory demo = DemoTerritory.load();
    private final Vss vss = demo.vss();
    private final TerritoryId boulogne = demo.territory();
    private final Contract contract = demo.contract();

    @AfterEach
    void close() {
        vss.close();
    }

    @Test
    void a_bad_phone_on_line_3_a_bad_email_on_line_5_and_an_unknown_partner_on_line_9_are_the_only_problems_and_nothing_changes() {
        String csv = """
                partenaire;nom;fonction;téléphone;courriel;principal
                Centre hospitalier Ambroise-Paré;Agathe Un;Infirmière;01 46 09 00 01;a.un@hopital.example;non
                Centre hospitalier Ambroise-Paré;Agathe Deux;Infirmière;01 23;a.deux@hopital.example;non
                Préfecture des Hauts-de-Seine;Agathe Trois;Chargée de mission;01 46 09 00 03;a.trois@pref.example;non
                Préfecture des Hauts-de-Seine;Agathe Quatre;Chargée de mission;01 46 09 00 04;pas-une-adresse;non
                centre hospitalier ambroise pare;Agathe Cinq;Médecin;+33 1 46 09 00 05;a.cinq@hopital.example;non
                CIDFF des Hauts-de-Seine Sud;Agathe Six;Juriste;01 46 09 00 06;;non
                Mairie de Boulogne-Billancourt;Agathe Sept;Coordinatrice;;a.sept@mairie.example;non
                Hôpital inconnu;Agathe Huit;Infirmière;01 46 09 00 08;a.huit@hopital.example;non
                """;
        long before = currentReferents();

        var read = vss.referentsCsv().read(Actor.system(), contract.id(), csv.getBytes(StandardCharsets.UTF_8),
                CsvImport.Progress.NONE);

        assertThat(read.problems()).extracting(Problem::code, p -> p.path().orElseThrow()).containsExactly(
                org.assertj.core.groups.Tuple.tuple("phone.invalid", "L3:phone"),
                org.assertj.core.groups.Tuple.tuple("email.format", "L5:email"),
                org.assertj.core.groups.Tuple.tuple("csv.partner.unknown", "L9:partner"));
        assertThat(currentReferents()).isEqualTo(before);
    }

    @Test
    void a_valid_file_appoints_every_referent_matching_partners_by_name_whatever_the_accents() {
        String csv = "partner,name,function,phone,from,main\n"
                + "centre hospitalier ambroise pare,Agathe Un,Infirmière,01 46 09 00 01,01/09/2026,oui\n";

        var lines = vss.referentsCsv().read(Actor.system(), contract.id(), csv.getBytes(StandardCharsets.UTF_8),
                CsvImport.Progress.NONE).orElseThrow();
        List<Referent> appointed = vss.referentsCsv().appoint(Actor.system(), lines);

        assertThat(appointed).singleElement().satisfies(r -> {
            assertThat(r.details().orElseThrow().phone().orElseThrow().value()).isEqualTo("+33146090001");
            assertThat(r.from()).contains(java.time.LocalDate.of(2026, 9, 1));
            assertThat(r.main()).isTrue();
        });
    }

    @Test
    void a_partner_user_imports_their_own_partners_referents_and_a_line_naming_another_partner_is_refused_and_journaled() {
        Partner hospital = partnerNamed("Centre hospitalier Ambroise-Paré");
        Actor hospitalUser = Actor.user("hopital-1", Grant.partner(boulogne, hospital.id()));
        String csv = """
                partenaire;nom;fonction
                Centre hospitalier Ambroise-Paré;Agathe Un;Infirmière
                Préfecture des Hauts-de-Seine;Agathe Deux;Chargée de mission
                """;
        long refusalsBefore = refusals();

        var read = vss.referentsCsv().read(hospitalUser, contract.id(), csv.getBytes(StandardCharsets.UTF_8), CsvImport.Progress.NONE);

        assertThat(read.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).contains("L3:partner");
            assertThat(Messages.of(Locale.FRENCH).describe(p)).isEqualTo("ligne 3, colonne « partner » : Vous ne pouvez importer "
                    + "que les référents de votre institution (Centre hospitalier Ambroise-Paré), pas ceux de « Préfecture des "
                    + "Hauts-de-Seine ».");
        });
        assertThat(refusals()).isEqualTo(refusalsBefore + 1);
        var own = vss.referentsCsv().read(hospitalUser, contract.id(),
                "partenaire;nom;fonction\nCentre hospitalier Ambroise-Paré;Agathe Un;Infirmière\n".getBytes(StandardCharsets.UTF_8),
                CsvImport.Progress.NONE);
        assertThat(vss.referentsCsv().appoint(hospitalUser, own.orElseThrow())).singleElement()
                .satisfies(r -> assertThat(r.partner()).isEqualTo(hospital.id()));
    }

    @Test
    void an_observer_is_refused_before_the_file_is_read_and_the_refusal_is_journaled() {
        long refusalsBefore = refusals();
        byte[] file = "partenaire;nom;fonction\nCentre hospitalier Ambroise-Paré;Agathe Un;Infirmière\n".getBytes(StandardCharsets.UTF_8);
        java.util.concurrent.atomic.AtomicInteger progress = new java.util.concurrent.atomic.AtomicInteger();

        assertThatThrownBy(() -> vss.referentsCsv().read(Fixtures.observerOf(boulogne), contract.id(), file,
                (lines, percent) -> progress.incrementAndGet())).isInstanceOf(AccessRefusedException.class);

        assertThat(progress).hasValue(0);
        assertThat(refusals()).isEqualTo(refusalsBefore + 1);
    }

    private Partner partnerNamed(String name) {
        return io.github.clvss.core.shared.PageRequest.readAll(page -> vss.partners().list(Actor.system(), contract.id(), page), x -> x.id().value())
                .stream().filter(p -> vss.institutions().find(Actor.system(), p.institution()).name().equals(name))
                .findFirst().orElseThrow();
    }

    private long refusals() {
        return vss.auditTrail().count(Actor.system(), JournalQuery.territory(boulogne).withOutcome(Outcome.REFUSED));
    }

    private long currentReferents() {
        return vss.referents().count(Actor.system(), ReferentQuery.current(boulogne).withHistory());
    }
}
