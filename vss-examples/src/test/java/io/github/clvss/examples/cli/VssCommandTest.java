package io.github.clvss.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VssCommandTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private String out = "";
    private String err = "";

    @Test
    void import_export_import_into_an_empty_database_export_gives_identical_files() throws IOException {
        Path demo = dir.resolve("demo.json");
        assertThat(vss("demo", demo.toString())).isZero();

        assertThat(vss("import", demo.toString(), "--db", h2("first"))).isZero();
        assertThat(out).contains("Import réussi : 1 territoire(s), 1 contrat(s) créé(s)");
        assertThat(vss("export", dir.resolve("one.json").toString(), "--db", h2("first"))).isZero();
        assertThat(vss("import", dir.resolve("one.json").toString(), "--db", h2("second"))).isZero();
        assertThat(vss("export", dir.resolve("two.json").toString(), "--db", h2("second"), "--territory", "92012")).isZero();

        assertThat(Files.readAllBytes(dir.resolve("two.json"))).isEqualTo(Files.readAllBytes(dir.resolve("one.json")));
        assertThat(Files.readAllBytes(dir.resolve("one.json"))).isEqualTo(Files.readAllBytes(demo));
    }

    @Test
    void a_file_with_three_errors_is_refused_with_all_three_in_french_then_in_english_and_nothing_is_written()
            throws IOException {
        Path broken = brokenDemo();

        assertThat(vss("import", broken.toString(), "--db", h2("refused"))).isEqualTo(1);
        assertThat(out).contains("Fichier refusé, rien n’a été écrit (3 problème(s))")
                .contains("$.territory.siren : Le SIREN 219200127 est erroné")
                .contains("$.territory.inseeCode : « 9201 » n’est pas un code INSEE")
                .contains("$.contracts[0].startDate : « 2023-06-31 » n’est pas une date");

        assertThat(vss("import", broken.toString(), "--db", h2("refused"), "--lang", "en")).isEqualTo(1);
        assertThat(out).contains("File refused, nothing was written (3 problem(s))")
                .contains("$.territory.siren : SIREN 219200127 is wrong");

        assertThat(vss("export", dir.resolve("out.json").toString(), "--db", h2("refused"))).isEqualTo(1);
        assertThat(out).contains("La base contient 0 territoire(s) : précisez lequel exporter avec --territory");
    }

    @Test
    void json_output_lists_each_problem_with_its_code_path_and_message() throws IOException {
        assertThat(vss("validate", brokenDemo().toString(), "--json", "--lang", "en")).isEqualTo(1);

        assertThat(out).contains("\"ok\" : false")
                .contains("\"code\" : \"siren.checksum\"")
                .contains("\"path\" : \"$.territory.siren\"")
                .contains("\"message\" : \"SIREN 219200127 is wrong: its check digit (Luhn algorithm) does not match.\"");
    }

    @Test
    void a_dry_run_reports_what_it_would_do_and_leaves_the_database_empty() throws IOException {
        Path demo = dir.resolve("demo.json");
        vss("demo", demo.toString());

        assertThat(vss("import", demo.toString(), "--dry-run", "--db", h2("dry"))).isZero();
        assertThat(out).contains("Essai à blanc réussi, rien n’a été écrit");
        assertThat(vss("export", dir.resolve("out.json").toString(), "--db", h2("dry"))).isEqualTo(1);
    }

    @Test
    void usage_errors_exit_with_2() {
        assertThat(vss("import")).isEqualTo(2);
        assertThat(err).contains("Missing required parameter: 'FILE'");
        assertThat(vss("frobnicate")).isEqualTo(2);
        assertThat(vss("validate", dir.resolve("absent.json").toString())).isEqualTo(2);
        assertThat(err).contains("n’existe pas");
        assertThat(vss("import", "x.json", "--mode", "merge")).isEqualTo(2);
        assertThat(vss("validate", "x.json", "--db", "jdbc:mysql://localhost/vss")).isEqualTo(2);
    }

    @Test
    void help_comes_in_french_by_default_and_in_english_with_lang_en() {
        assertThat(vss("import")).isEqualTo(2);
        assertThat(err).contains("Importe un fichier de contrat : tout, ou rien.").contains("Tout vérifier, ne rien écrire.")
                .contains("Langue des messages : fr (par défaut) ou en.");
        assertThat(vss("import", "--lang", "en")).isEqualTo(2);
        assertThat(err).contains("Imports a contract file: all of it, or nothing.").contains("Check everything, write nothing.")
                .doesNotContain("Importe");
        assertThat(vss("deliberation", "check", "x.json")).isEqualTo(2);
        assertThat(err).contains("Le SIREN de la commune, par exemple 219200128.");
        assertThat(vss("--help")).isZero();
        assertThat(out).contains("Fichiers de contrat de vss").contains("Délibérations du conseil : vérifier un fichier");
        assertThat(vss("--help", "--lang", "en")).isZero();
        assertThat(out).contains("Contract files of vss").contains("Council deliberations: check a deliberation file");
    }

    @Test
    void replacing_needs_the_territory_to_exist_and_create_refuses_it_twice() throws IOException {
        Path demo = dir.resolve("demo.json");
        vss("demo", demo.toString());

        assertThat(vss("import", demo.toString(), "--mode", "replace", "--db", h2("modes"))).isEqualTo(1);
        assertThat(out).contains("n’existe pas (mode remplacement)");
        assertThat(vss("import", demo.toString(), "--db", h2("modes"))).isZero();
        assertThat(vss("import", demo.toString(), "--db", h2("modes"))).isEqualTo(1);
        assertThat(out).contains("existe déjà (mode création)");
        assertThat(vss("import", demo.toString(), "--mode", "replace", "--db", h2("modes"))).isZero();
        assertThat(out).contains("1 remplacé(s)");
    }

    @Test
    void refer_prints_what_a_doctor_may_and_must_do_in_french_then_english_and_in_json() throws IOException {
        Path situation = dir.resolve("situation.json");
        Files.writeString(situation, """
                {"age": "ADULT", "relation": "PARTNER", "violences": ["PHYSICAL"], "recency": "WITHIN_72_HOURS",
                 "immediateDanger": true, "emprise": true, "consent": "REFUSED", "asker": ["HEALTH_PROFESSIONAL"]}
                """);

        assertThat(vss("refer", situation.toString())).isZero();
        assertThat(out).contains("peut signaler au procureur de la République, sans que l’accord de la victime soit nécessaire"
                        + " — art. 226-14 3° du code pénal")
                .contains("• S’efforcer d’obtenir l’accord de la victime.")
                .contains("doit signaler aux secours (15, 17, 112, 114)")
                .contains("immédiatement · tel:17 — Police ou gendarmerie : danger immédiat.")
                .contains("example.serious-danger-phone 1")
                .contains("sous 24 heures · service:serious-danger-phone — Téléphone grave danger : demande au procureur");
        assertThat(vss("refer", situation.toString(), "--lang", "en")).isZero();
        assertThat(out).contains("may report to the procureur de la République, without the victim’s consent being needed");
        assertThat(vss("refer", situation.toString(), "--json")).isZero();
        assertThat(out).contains("\"rule\" : \"fr.226-14-3\"", "\"modality\" : \"POWER\"");
    }

    @Test
    void refer_applies_the_law_of_the_day_it_is_given_and_no_226_14_3_before_1_august_2020() throws IOException {
        Path situation = dir.resolve("dated.json");
        Files.writeString(situation, """
                {"age": "ADULT", "relation": "PARTNER", "violences": ["PHYSICAL"], "recency": "WITHIN_72_HOURS",
                 "immediateDanger": true, "emprise": true, "consent": "REFUSED", "asker": ["HEALTH_PROFESSIONAL"]}
                """);

        assertThat(vss("refer", situation.toString(), "--date", "2020-07-31")).isZero();
        assertThat(out).contains("Décision du 31 juillet 2020").doesNotContain("art. 226-14 3°");
        assertThat(vss("refer", situation.toString(), "--date", "2020-08-01")).isZero();
        assertThat(out).contains("Décision du 1 août 2020").contains("art. 226-14 3° du code pénal");
    }

    @Test
    void refer_rules_lists_every_built_in_rule_with_its_article_modality_and_period() {
        assertThat(vss("refer", "--rules", "--lang", "en")).isZero();
        for (io.github.clvss.core.referral.RuleTable.Row row : io.github.clvss.core.referral.RuleTable.rows()) {
            assertThat(out).contains(row.id() + " — " + row.article());
        }
        assertThat(out).contains("fr.226-14-3 — art. 226-14 3° du code pénal")
                .contains("in force from: 2020-08-01").contains("until: 2020-07-31")
                .contains("may / must: must report (disciplinary sanction only)");
        assertThat(vss("refer", "--rules", "--json")).isZero();
        assertThat(out).contains("\"id\" : \"fr.226-14-3-weapons\"", "\"until\" : \"2020-07-31\"");
    }

    @Test
    void refer_refuses_a_situation_with_a_mistyped_fact_and_names_it() throws IOException {
        Path situation = dir.resolve("typo.json");
        Files.writeString(situation, """
                {"age": "ADULT", "relation": "SPOUSE", "recency": "WITHIN_72_HOURS", "consent": "REFUSED",
                 "asker": ["HEALTH_PROFESSIONAL"]}
                """);

        assertThat(vss("refer", situation.toString())).isEqualTo(1);
        assertThat(out).contains("Situation invalide (1 problème(s))")
                .contains("$.relation : Valeur \"SPOUSE\" inconnue ; valeurs possibles : PARTNER, FORMER_PARTNER");
        assertThat(vss("refer")).isEqualTo(2);
    }

    @Test
    void refer_check_runs_a_directory_of_scenarios_and_the_builtin_ones() throws IOException {
        assertThat(vss("refer", "--builtin")).isZero();
        assertThat(out).contains("✓ 01-medecin-conjugal-danger-emprise-refus.json")
                .contains("Tous les scénarios passent (" + io.github.clvss.core.scenario.Scenarios.builtInFiles().size() + ").");
        assertThat(io.github.clvss.core.scenario.Scenarios.builtInFiles()).as("built-in scenarios").hasSizeGreaterThanOrEqualTo(146);

        Path scenarios = Files.createDirectory(dir.resolve("scenarios"));
        Files.write(scenarios.resolve("copy.json"),
                io.github.clvss.core.scenario.Scenarios.builtInFile("03-assistante-sociale-conjugal-danger-emprise.json"));
        Files.writeString(scenarios.resolve("wrong.json"), Files.readString(scenarios.resolve("copy.json"))
                .replace("\"absentLegalBases\"", "\"absentTargets\": [\"tel:17\"], \"absentLegalBases\""));

        assertThat(vss("refer", "--check", scenarios.toString())).isEqualTo(1);
        assertThat(out).contains("✓ copy.json").contains("✗ wrong.json")
                .contains("Orientation vers tel:17 non attendue.").contains("1 scénario(s) sur 2 en échec.");
        assertThat(vss("refer", "--check", scenarios.toString(), "--json")).isEqualTo(1);
        assertThat(out).contains("\"code\" : \"scenario.referral.unexpected\"", "\"failures\" : 1");
    }

    @Test
    void deliberation_check_finds_no_error_in_the_seeds_act_and_names_each_warning_in_french() {
        Path seed = dir.resolve("deliberation.json");
        assertThat(vss("deliberation", "demo", seed.toString())).isZero();

        assertThat(vss("deliberation", "check", seed.toString(), "--insee", "92012", "--siren", "219200128",
                "--population", "120000")).isZero();
        assertThat(out).contains("Délibération du 1 juin 2023 — Contrat de mobilisation et de coordination locale sur les"
                        + " violences sexistes et sexuelles : 0 erreur(s), 1 avertissement(s).")
                // the demo act carries its @ctes matière; the town's SIRET is not known
                .contains("[avertissement] open-data · SCDL Délibérations")
                .contains("COLL_SIRET")
                .doesNotContain("$.subject")
                .doesNotContain("[erreur]")
                .doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}");
    }

    @Test
    void deliberation_check_in_english_writes_the_session_date_in_words() {
        Path seed = dir.resolve("deliberation.json");
        assertThat(vss("deliberation", "demo", seed.toString())).isZero();

        assertThat(vss("deliberation", "check", seed.toString(), "--insee", "92012", "--siren", "219200128",
                "--population", "120000", "--lang", "en")).isZero();
        assertThat(out).contains("Deliberation of June 1, 2023 — ").doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}");
    }

    @Test
    void deliberation_check_of_an_act_with_seven_present_exits_1_with_the_quorum_finding_in_text_and_json() throws IOException {
        var seed = io.github.clvss.core.contractfile.DeliberationFiles.read(
                io.github.clvss.core.contractfile.DeliberationFiles.demoFile()).orElseThrow();
        byte[] sevenPresent = io.github.clvss.core.contractfile.DeliberationFiles.write(
                seed.toBuilder().present(seed.present().subList(0, 7)).build());
        Path broken = dir.resolve("seven.json");
        Files.write(broken, sevenPresent);

        assertThat(vss("deliberation", "check", broken.toString(), "--insee", "92012", "--siren", "219200128",
                "--population", "120000")).isEqualTo(1);
        assertThat(out).contains("[erreur] quorum · CGCT L2121-17 · $.present : Quorum non atteint : 7 présents sur 55"
                + " conseillers en exercice, il en faut au moins 28");
        assertThat(vss("deliberation", "check", broken.toString(), "--insee", "92012", "--siren", "219200128",
                "--population", "120000", "--json", "--lang", "en")).isEqualTo(1);
        assertThat(out).contains("\"ok\" : false", "\"rule\" : \"quorum\"", "\"article\" : \"CGCT L2121-17\"",
                "\"code\" : \"deliberation.quorum.missing\"",
                "\"message\" : \"No quorum: 7 present out of 55 members in office, at least 28 are needed (proxies do not count).\"");
    }

    @Test
    void deliberation_check_reports_an_unreadable_file_and_refuses_a_wrong_siren_as_a_usage_error() throws IOException {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"formatVersion\": \"1.0\", \"id\": \"x\"}");

        assertThat(vss("deliberation", "check", bad.toString(), "--insee", "92012", "--siren", "219200128")).isEqualTo(1);
        assertThat(out).contains("Fichier de délibération illisible (3 problème(s))");
        assertThat(vss("deliberation", "check", bad.toString(), "--insee", "92012", "--siren", "219200127")).isEqualTo(2);
        assertThat(err).contains("Le SIREN 219200127 est erroné");
        assertThat(vss("deliberation", "check", bad.toString())).isEqualTo(2);
    }

    @Test
    void deliberation_check_reports_every_problem_of_the_commune_at_once_and_warns_of_a_siren_off_the_insee_pattern()
            throws IOException {
        Path seed = dir.resolve("deliberation.json");
        vss("deliberation", "demo", seed.toString());

        assertThat(vss("deliberation", "check", seed.toString(), "--insee", "9201", "--siren", "219200127",
                "--siret", "12", "--lang", "en")).isEqualTo(2);
        assertThat(err).contains("--insee").contains("--siren").contains("--siret");
        assertThat(vss("deliberation", "check", seed.toString(), "--insee", "92040", "--siren", "219200128",
                "--population", "120000", "--lang", "en")).as("a warning, not an error").isZero();
        assertThat(out).contains("[warning] territory · INSEE / SIRENE · --siren : The SIREN 219200128 does not follow the"
                + " INSEE code 92040");
    }

    @Test
    void validate_replays_the_acts_and_lists_each_finding_of_a_deliberation_that_cannot_approve_the_contract()
            throws IOException {
        Path demo = dir.resolve("acts.json");
        vss("demo", demo.toString());
        tools.jackson.databind.json.JsonMapper json = tools.jackson.databind.json.JsonMapper.builder().build();
        var file = (tools.jackson.databind.node.ObjectNode) json.readTree(Files.readString(demo));
        var deliberation = (tools.jackson.databind.node.ObjectNode) file.get("deliberations").get(0);
        var present = deliberation.putArray("present");
        java.util.List.of("Pierre-Christophe BAGUET", "Marie-Laure GODIN", "Pascal LOUAP").forEach(present::add);
        var acts = ((tools.jackson.databind.node.ObjectNode) file.get("contracts").get(0)).putArray("acts");
        acts.addObject().put("kind", "APPROVED").put("date", "2023-06-01").put("deliberationId", deliberation.get("id").asString());
        Files.writeString(demo, file.toString());

        assertThat(vss("validate", demo.toString(), "--lang", "en")).isEqualTo(1);
        assertThat(out).contains("$.contracts[0].acts[0]").contains("$.deliberations[0].present (CGCT L2121-17) : No quorum");
    }

    private Path brokenDemo() throws IOException {
        Path demo = dir.resolve("demo.json");
        vss("demo", demo.toString());
        String text = Files.readString(demo)
                .replace("\"219200128\"", "\"219200127\"")
                .replace("\"92012\"", "\"9201\"")
                .replace("\"title\": \"Contrat de mobilisation", "\"startDate\": \"2023-06-31\",\n      \"title\": \"Contrat de mobilisation");
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, text, StandardCharsets.UTF_8);
        return broken;
    }

    private String h2(String name) {
        return "jdbc:h2:file:" + dir.resolve(name).toAbsolutePath();
    }

    private int vss(String... args) {
        StringWriter outText = new StringWriter();
        StringWriter errText = new StringWriter();
        int code = VssCommand.commandLine(CLOCK, new PrintWriter(outText), new PrintWriter(errText)).execute(args);
        out = outText.toString();
        err = errText.toString();
        return code;
    }
}
