package io.github.clvss.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clvss.core.referral.RuleSet;
import io.github.clvss.core.shared.Messages;
import io.github.clvss.core.shared.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenariosTest {

    private static final String DOCTOR_IN_DANGER = """
            {"name": "Médecin, danger et emprise", "source": "art. 226-14 3° du code pénal",
             "situation": {"age": "ADULT", "relation": "PARTNER", "violences": ["PHYSICAL"], "recency": "WITHIN_MONTH",
                           "immediateDanger": true, "emprise": true, "consent": "REFUSED", "asker": ["HEALTH_PROFESSIONAL"]},
             "expect": {%s}}
            """;

    @Test
    void the_french_rules_pass_every_scenario_vss_ships() {
        ScenarioReport report = Scenarios.checkBuiltIn(RuleSet.french());
        Messages english = Messages.of(Locale.ENGLISH);

        assertThat(report.results()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(report.results()).allSatisfy(result -> {
            assertThat(result.source()).as(result.file()).isNotBlank();
            assertThat(result.problems()).as(result.file() + ": " + result.problems().stream().map(english::text)
                    .collect(Collectors.joining("; "))).isEmpty();
        });
        assertThat(report.passed()).isTrue();
    }

    @Test
    void the_index_lists_every_scenario_file_shipped() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/io/github/clvss/core/scenario/builtin"))) {
            assertThat(Scenarios.builtInFiles()).containsExactlyInAnyOrderElementsOf(files.map(f -> f.getFileName().toString())
                    .filter(name -> name.endsWith(".json")).toList());
        }
    }

    @Test
    void a_wrong_expectation_fails_and_says_what_differs(@TempDir Path directory) throws IOException {
        write(directory, "a.json", DOCTOR_IN_DANGER.formatted("""
                "referrals": [{"target": "tel:3919", "urgency": "IMMEDIATE"}, {"target": "partner:nowhere"}],
                "reports": [{"addressee": "PROCUREUR", "legalBasis": "art. 226-14 3°", "consentNeeded": true, "duties": ["duty.none"]}],
                "absentLegalBases": ["art. 223-6"]"""));
        write(directory, "b.json", DOCTOR_IN_DANGER.formatted("""
                "reports": [{"addressee": "PROCUREUR", "legalBasis": "art. 226-14 3°", "modality": "POWER", "consentNeeded": false}]"""));

        ScenarioReport report = Scenarios.check(RuleSet.french(), directory);

        assertThat(report.passed()).isFalse();
        assertThat(report.failures()).isEqualTo(1);
        assertThat(report.results().getFirst().problems()).extracting(Problem::code).containsExactly(
                "scenario.referral.urgency", "scenario.referral.missing", "scenario.report.consent", "scenario.report.duty",
                "scenario.report.unexpected");
        assertThat(Messages.of(Locale.ENGLISH).text(report.results().getFirst().problems().getFirst()))
                .isEqualTo("Referral to tel:3919: expected urgency IMMEDIATE, got WHEN_THE_PERSON_WISHES.");
        assertThat(report.results().get(1).passed()).isTrue();
    }

    @Test
    void a_bad_scenario_file_names_each_field_at_fault(@TempDir Path directory) throws IOException {
        write(directory, "bad.json", """
                {"name": "typo", "source": "test",
                 "situation": {"age": "GROWN_UP", "relation": "PARTNER", "recency": "WITHIN_MONTH", "emprize": true,
                               "immediateDanger": "yes", "asker": [], "context": "GARAGE"},
                 "expect": {}}
                """);
        write(directory, "broken.json", "{\"name\": ");
        write(directory, "empty.json", DOCTOR_IN_DANGER.formatted(""));
        write(directory, "loose.json", DOCTOR_IN_DANGER.formatted("""
                "reports": [{"addressee": "PROCUREUR", "legalBasis": "art. 226-14", "consentNeeded": "no", "duties": [{}]}],
                "referrals": [{"target": "tel:17", "urgncy": "IMMEDIATE"}], "absentTargets": [null]"""));

        ScenarioReport report = Scenarios.check(RuleSet.french(), directory);

        assertThat(report.results().stream().map(ScenarioReport.Result::file))
                .containsExactly("bad.json", "broken.json", "empty.json", "loose.json");
        assertThat(report.results().getFirst().problems()).extracting(p -> p.code() + " " + p.path().orElse(""))
                .containsExactlyInAnyOrder(
                        "json.field.unknown $.situation.emprize",
                        "json.field.value $.situation.age",
                        "json.field.missing $.situation.consent",
                        "situation.asker.empty $.situation.asker",
                        "json.field.type $.situation.immediateDanger",
                        "json.field.value $.situation.context");
        assertThat(report.results().get(1).problems()).extracting(Problem::code).containsExactly("file.json.syntax.end");
        assertThat(report.results().get(2).problems()).extracting(Problem::code).containsExactly("scenario.expect.empty");
        assertThat(report.results().get(3).problems()).extracting(p -> p.code() + " " + p.path().orElse(""))
                .containsExactlyInAnyOrder(
                        "json.field.unknown $.expect.referrals[0].urgncy",
                        "json.field.type $.expect.reports[0].consentNeeded",
                        "json.field.type $.expect.reports[0].duties[0]",
                        "json.field.type $.expect.absentTargets[0]");
        assertThat(report.passed()).isFalse();
    }

    @Test
    void an_expected_report_passes_when_any_outcome_sharing_its_addressee_and_basis_meets_it(@TempDir Path directory)
            throws IOException {
        write(directory, "a.json", DOCTOR_IN_DANGER.formatted("""
                "reports": [{"addressee": "PROCUREUR", "legalBasis": "art. 226-14", "consentNeeded": false,
                             "duties": ["duty.inform-victim"]},
                            {"addressee": "PROCUREUR", "legalBasis": "art. 226-14", "consentNeeded": true}]"""));

        assertThat(Scenarios.check(RuleSet.french(), directory).passed()).isTrue();
    }

    @Test
    void a_decision_is_written_as_json_with_its_version_and_trace() {
        var situation = ScenarioFiles.readScenario(DOCTOR_IN_DANGER.formatted("\"referrals\": [{\"target\": \"tel:17\"}]")
                .getBytes(StandardCharsets.UTF_8))
                .asOptional().orElseThrow().situation();
        RuleSet rules = RuleSet.french();

        String json = ScenarioFiles.decisionJson(rules.decide(situation));

        assertThat(json).contains("\"ruleSetVersion\" : \"" + rules.version() + "\"", "\"rule\" : \"fr.226-14-3\"",
                "\"modality\" : \"POWER\"", "\"duty.inform-victim\"", "\"target\" : \"tel:17\"");
    }

    private static void write(Path directory, String name, String content) throws IOException {
        Files.writeString(directory.resolve(name), content);
    }
}
