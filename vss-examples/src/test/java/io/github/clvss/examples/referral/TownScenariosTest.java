package io.github.clvss.examples.referral;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clvss.core.referral.RuleSet;
import io.github.clvss.core.scenario.ScenarioReport;
import io.github.clvss.core.scenario.Scenarios;
import io.github.clvss.core.shared.Messages;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** How a town runs its own scenarios in its own build: one test, the report's failures as its message. */
class TownScenariosTest {

    @Test
    void the_towns_scenarios_pass_against_its_rule_set() {
        RuleSet rules = RuleSet.builder().discover(getClass().getClassLoader()).build();

        ScenarioReport report = Scenarios.check(rules, Path.of("src/test/resources/scenarios"));

        Messages french = rules.messages(Locale.FRENCH);
        assertThat(report.results()).hasSize(2);
        assertThat(report.passed()).as(() -> report.results().stream().filter(r -> !r.passed())
                .map(r -> r.file() + ": " + r.problems().stream().map(french::text).collect(Collectors.joining("; ")))
                .collect(Collectors.joining("\n"))).isTrue();
    }
}
