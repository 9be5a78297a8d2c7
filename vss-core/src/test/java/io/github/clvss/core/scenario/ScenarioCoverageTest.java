package io.github.clvss.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clvss.core.referral.Facts;
import io.github.clvss.core.referral.Firing;
import io.github.clvss.core.referral.ReferralRule;
import io.github.clvss.core.referral.RuleSet;
import io.github.clvss.core.referral.Situation;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScenarioCoverageTest {

    private static List<Scenario> builtIn() {
        List<Scenario> all = new ArrayList<>();
        for (String file : Scenarios.builtInFiles()) {
            if (DeliberationScenarios.isDeliberation(Scenarios.builtInFile(file))) {
                continue;
            }
            all.add(ScenarioFiles.readScenario(Scenarios.builtInFile(file)).asOptional().orElseThrow());
        }
        return all;
    }

    @Test
    void vss_ships_at_least_90_scenarios_each_citing_its_source() {
        assertThat(builtIn()).hasSizeGreaterThanOrEqualTo(90).allSatisfy(s -> assertThat(s.source()).isNotBlank());
    }

    @Test
    void each_first_and_last_day_of_a_built_in_rule_has_a_scenario_on_each_side_of_it() {
        Set<java.time.LocalDate> dated = new HashSet<>();
        builtIn().forEach(scenario -> scenario.date().ifPresent(dated::add));

        assertThat(io.github.clvss.core.referral.RuleTable.rows()).allSatisfy(row -> {
            assertThat(dated).as(row.id() + ": the day before its first day and its first day")
                    .contains(row.inForce().from().minusDays(1), row.inForce().from());
            row.inForce().until().ifPresent(last -> assertThat(dated).as(row.id() + ": its last day and the day after")
                    .contains(last, last.plusDays(1)));
        });
    }

    @Test
    void the_deliberation_scenarios_cover_the_edges_of_quorum_convocation_and_each_derogation_period() {
        ScenarioReport report = Scenarios.checkBuiltIn(RuleSet.french());
        List<ScenarioReport.Result> deliberations = report.results().stream().filter(r -> r.file().contains("-deliberation-"))
                .toList();

        assertThat(deliberations).hasSizeGreaterThanOrEqualTo(30).allSatisfy(r -> {
            assertThat(r.source()).isNotBlank();
            assertThat(r.problems()).as(r.file()).isEmpty();
        });
        assertThat(deliberations).extracting(ScenarioReport.Result::file).anyMatch(f -> f.contains("quorum-moitie-exacte"))
                .anyMatch(f -> f.contains("convocation-quatre-jours-francs"))
                .anyMatch(f -> f.contains("convocation-deux-jours-petite-commune"))
                .anyMatch(f -> f.contains("deux-pouvoirs-veille-2020-290"))
                .anyMatch(f -> f.contains("deux-pouvoirs-lendemain-2021-1465"));
    }

    @Test
    void every_built_in_rule_fires_in_some_scenario() {
        RuleSet rules = RuleSet.french();
        Set<String> fired = new HashSet<>();
        for (Scenario scenario : builtIn()) {
            var decision = scenario.date().map(day -> rules.decide(scenario.situation(), day))
                    .orElseGet(() -> rules.decide(scenario.situation()));
            decision.trace().stream().map(Firing::rule).forEach(fired::add);
        }

        assertThat(fired).containsAll(rules.rules().stream().map(ReferralRule::id).toList());
    }

    @Test
    void every_new_fact_and_value_appears_in_some_scenario() {
        Set<Facts.Flag> flagsTrue = EnumSet.noneOf(Facts.Flag.class);
        Set<Facts.Flag> flagsUnknown = EnumSet.noneOf(Facts.Flag.class);
        Set<Object> values = new HashSet<>();
        for (Scenario scenario : builtIn()) {
            Situation s = scenario.situation();
            flagsUnknown.addAll(s.unknown());
            if (s.lifeInDanger()) {
                flagsTrue.add(Facts.Flag.LIFE_IN_DANGER);
            }
            if (s.childVictim()) {
                flagsTrue.add(Facts.Flag.CHILD_VICTIM);
            }
            if (s.deafOrHardOfHearing()) {
                flagsTrue.add(Facts.Flag.DEAF_OR_HARD_OF_HEARING);
            }
            if (s.dangerousWithWeapon()) {
                flagsTrue.add(Facts.Flag.DANGEROUS_WITH_WEAPON);
            }
            values.add(s.age());
            values.add(s.vulnerability());
            values.add(s.recency());
            values.add(s.consent());
            values.add(s.offence());
            values.add(s.institution());
            values.addAll(s.violences());
            values.addAll(s.asker());
            values.addAll(s.minorFacts());
        }

        assertThat(flagsTrue).contains(Facts.Flag.LIFE_IN_DANGER, Facts.Flag.CHILD_VICTIM, Facts.Flag.DEAF_OR_HARD_OF_HEARING,
                Facts.Flag.DANGEROUS_WITH_WEAPON);
        assertThat(flagsUnknown).contains(Facts.Flag.IMMEDIATE_DANGER, Facts.Flag.EMPRISE, Facts.Flag.LEARNED_IN_FUNCTIONS);
        assertThat(values).contains(Facts.AgeGroup.UNKNOWN, Facts.Vulnerability.UNKNOWN, Facts.Recency.UNKNOWN,
                Facts.Consent.UNKNOWN, Facts.Violence.DEPRIVATION, Facts.Violence.HARASSMENT, Facts.Violence.UNKNOWN_KIND,
                Facts.Capacity.PSYCHOLOGIST, Facts.Capacity.CLOSE_FAMILY_OF_AUTHOR);
        assertThat(values).containsAll(List.of(Facts.Offence.values()));
        assertThat(values).containsAll(List.of(Facts.MinorFact.values()));
        assertThat(values).contains(Facts.Institution.NATIONAL_EDUCATION, Facts.Institution.HOSPITAL, Facts.Institution.CCAS,
                Facts.Institution.COMMUNE, Facts.Institution.CRECHE, Facts.Institution.ASSOCIATION,
                Facts.Institution.POLICE_GENDARMERIE, Facts.Institution.NONE);
    }
}
