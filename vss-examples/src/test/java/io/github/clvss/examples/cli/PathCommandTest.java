package io.github.clvss.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PathCommandTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T09:00:00Z"), ZoneOffset.UTC);
    private static final Path DOCUMENTED = Path.of("..", "docs", "path", "path-scenario.json");
    private static final Path WITHOUT_CONSENT = Path.of("src/test/resources/paths/sans-accord.json");
    private static final Path OUTSIDER = Path.of("src/test/resources/paths/hors-parcours.json");

    @TempDir
    Path dir;

    private String out = "";

    @Test
    void the_documented_scenario_replays_each_step_in_words_with_the_clock_moving_and_late_referrals_named() {
        assertThat(vss("path", DOCUMENTED.toString(), "--db", h2("documented"))).isZero();

        assertThat(out).contains("le contrat de démonstration (Boulogne-Billancourt) y est importé")
                .contains("1. Le 2 mars 2026 à 09:30, hopital (Centre hospitalier Ambroise-Paré) ouvre le parcours")
                .contains("4. Le 2 mars 2026 à 09:30, hopital (Centre hospitalier Ambroise-Paré) oriente la personne vers "
                        + "Parquet près le tribunal judiciaire de Nanterre")
                .contains("Sans accord de la personne, au titre de l’exception fr.226-14-3 (art. 226-14 3° du code pénal)")
                .contains("5. Le temps passe : nous sommes le 2 mars 2026 à 12:30.")
                .contains("En retard : l’orientation de Centre hospitalier Ambroise-Paré vers CIDFF des Hauts-de-Seine Sud, "
                        + "qui devait être acceptée ou déclinée avant le 2 mars 2026 à 10:30.")
                .contains("7. Le 2 mars 2026 à 12:30, cidff (CIDFF des Hauts-de-Seine Sud) accepte l’orientation")
                .contains("9. Le 2 mars 2026 à 12:30, parquet (Parquet près le tribunal judiciaire de Nanterre) réoriente la "
                        + "personne vers Direction territoriale de la sécurité de proximité des Hauts-de-Seine")
                .contains("12. Le 12 mars 2026 à 12:30, police (Direction territoriale de la sécurité de proximité des "
                        + "Hauts-de-Seine) clôt l’orientation venue de Parquet près le tribunal judiciaire de Nanterre : "
                        + "accompagnement réalisé.")
                .contains("14. Le 12 mars 2026 à 12:30, hopital (Centre hospitalier Ambroise-Paré) clôt le parcours.")
                .contains("Parcours rejoué : 14 étape(s), toutes faites.")
                .doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}");
        // after the waits, the referrals accepted in time are no longer listed as late
        assertThat(out.split("12 mars 2026 à 12:30\\.")[1]).doesNotContain("En retard");
    }

    @Test
    void a_referral_without_consent_nor_exception_stops_the_replay_at_its_step_with_the_core_reason() {
        assertThat(vss("path", WITHOUT_CONSENT.toString(), "--db", h2("refused"))).isEqualTo(1);

        assertThat(out).contains("3. Le 2 mars 2026 à 09:30, hopital (Centre hospitalier Ambroise-Paré) oriente la personne "
                        + "vers CIDFF des Hauts-de-Seine Sud")
                .contains("Étape 4 (refer) refusée, le rejeu s’arrête :")
                .contains("La personne n’a pas donné son accord pour que son parcours soit transmis à ce partenaire")
                .doesNotContain("5. ").doesNotContain("Parcours rejoué");

        assertThat(vss("path", WITHOUT_CONSENT.toString(), "--db", h2("refused-en"), "--lang", "en")).isEqualTo(1);
        assertThat(out).contains("Step 4 (refer) refused, the replay stops:")
                .contains("The person has not agreed to her path being handed over to this partner")
                .contains("before March 9, 2026 at 09:30");
    }

    @Test
    void a_partner_outside_the_path_is_refused_when_it_acts_on_a_referral_sent_to_another() {
        assertThat(vss("path", OUTSIDER.toString(), "--db", h2("outsider"))).isEqualTo(1);

        assertThat(out).contains("Étape 4 (accept) refusée")
                .contains("Seuls les partenaires parties à ce parcours peuvent le consulter");
    }

    @Test
    void the_refusal_is_given_as_json_with_its_step_number_and_the_core_code() {
        assertThat(vss("path", WITHOUT_CONSENT.toString(), "--db", h2("json"), "--json")).isEqualTo(1);

        assertThat(out).contains("\"ok\" : false").contains("\"outcome\" : \"refused\"").contains("\"step\" : 4")
                .contains("\"code\" : \"path.consent.missing\"");
    }

    @Test
    void a_scenario_naming_an_unknown_partner_or_step_is_invalid_at_that_step_and_nothing_past_it_is_done()
            throws IOException {
        String scenario = Files.readString(WITHOUT_CONSENT);
        Path unknownPartner = dir.resolve("unknown.json");
        Files.writeString(unknownPartner, scenario.replace("\"to\": \"Parquet\"", "\"to\": \"Gendarmerie de Brest\""));
        assertThat(vss("path", unknownPartner.toString(), "--db", h2("unknown"))).isEqualTo(1);
        assertThat(out).contains("Scénario invalide, le rejeu s’arrête (étape 4) :")
                .contains("Aucun partenaire du territoire ne s’appelle « Gendarmerie de Brest ».");

        Path unknownAct = dir.resolve("act.json");
        Files.writeString(unknownAct, scenario.replace("\"act\": \"consent\"", "\"act\": \"agree\""));
        assertThat(vss("path", unknownAct.toString(), "--db", h2("act"))).isEqualTo(1);
        assertThat(out).contains("(étape 2)").contains("« agree » n’est pas une étape connue").doesNotContain("3. ");
    }

    @Test
    void the_documented_scenario_replays_on_an_in_memory_database() {
        assertThat(vss("path", DOCUMENTED.toString(), "--db", "jdbc:h2:mem:path-replay;DB_CLOSE_DELAY=-1", "--lang", "en"))
                .isZero();

        assertThat(out).contains("Path replayed: 14 step(s), all done.")
                .contains("Time passes: it is now March 2, 2026 at 12:30.");
    }

    private String h2(String name) {
        return "jdbc:h2:file:" + dir.resolve(name).toAbsolutePath();
    }

    private int vss(String... args) {
        StringWriter outText = new StringWriter();
        int code = VssCommand.commandLine(CLOCK, new PrintWriter(outText), new PrintWriter(new StringWriter())).execute(args);
        out = outText.toString();
        return code;
    }
}
